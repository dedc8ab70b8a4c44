import { readdir, realpath, stat } from "node:fs/promises";
import type { Diagnostic } from "../core/types.js";
import { TargetError } from "../errors/target-error.js";
import { describeFsError } from "./fs-errors.js";
import { parseManifest } from "./manifest.js";
import { readSource } from "./read-source.js";
import { DEFAULT_LOAD_OPTIONS, type LoadOptions, type LoadResult, type LoadedFile, type PackageManifest } from "./types.js";
import { walkTree, type Candidate } from "./walk-tree.js";

/** Over-the-limit files named one by one before the rest are summed up in one diagnostic. */
const LISTED_OVER_LIMIT = 20;
const MAX_MANIFEST_BYTES = 1_000_000;

/**
 * Walks a target directory and reads its scripts, Markdown agent definitions and package.json
 * files as text. Never executes anything from the target. Throws TargetError only when the root
 * itself is missing, not a directory, or unreadable; every other problem becomes a diagnostic.
 */
export async function loadTarget(root: string, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const opts = { ...DEFAULT_LOAD_OPTIONS, ...options };
  const realRoot = await openRoot(root);
  const diagnostics: Diagnostic[] = [];
  const candidates = await walkTree(realRoot, opts.ignore, diagnostics);
  const sources = capFileCount(candidates.filter((c) => c.kind !== "manifest"), opts.maxFiles, diagnostics);
  const files: LoadedFile[] = [];
  for (const c of sources) {
    if (c.kind === "manifest") continue;
    const result = readSource(c.rel, c.abs, c.kind, opts.maxFileBytes);
    if ("path" in result) files.push(result);
    else diagnostics.push(result);
  }
  const manifests: PackageManifest[] = [];
  for (const c of candidates) {
    if (c.kind !== "manifest") continue;
    // Read as Markdown: no minified or generated checks on a manifest.
    const result = readSource(c.rel, c.abs, "markdown", MAX_MANIFEST_BYTES);
    if ("path" in result) manifests.push(parseManifest(c.rel, result.text));
  }
  // The walk lists files in sorted order per folder; sort again for one global order.
  files.sort((a, b) => byPath(a.path, b.path));
  if (files.every((f) => f.role === "markdown")) {
    diagnostics.push({ file: ".", message: "no JavaScript or TypeScript files found" });
  }
  return { root: realRoot, files, manifests, diagnostics };
}

async function openRoot(root: string): Promise<string> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
    const info = await stat(realRoot);
    if (!info.isDirectory()) throw new TargetError(`target is not a directory: ${root}`);
  } catch (error) {
    if (error instanceof TargetError) throw error;
    const reason = describeFsError(error);
    throw new TargetError(reason === "no such file or directory" ? `target not found: ${root}` : `cannot open target ${root}: ${reason}`);
  }
  try {
    await readdir(realRoot);
  } catch (error) {
    throw new TargetError(`cannot read target directory ${root}: ${describeFsError(error)}`);
  }
  return realRoot;
}

function capFileCount(candidates: Candidate[], maxFiles: number, diagnostics: Diagnostic[]): Candidate[] {
  if (candidates.length <= maxFiles) return candidates;
  const over = candidates.slice(maxFiles);
  for (const c of over.slice(0, LISTED_OVER_LIMIT)) {
    diagnostics.push({ file: c.rel, message: `skipped: over the ${maxFiles} file limit` });
  }
  if (over.length > LISTED_OVER_LIMIT) {
    diagnostics.push({ file: ".", message: `skipped ${over.length - LISTED_OVER_LIMIT} more files over the ${maxFiles} file limit` });
  }
  return candidates.slice(0, maxFiles);
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
