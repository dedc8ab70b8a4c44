import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Diagnostic } from "../core/types.js";
import { TargetError } from "../errors/target-error.js";
import { classifyPath } from "./classify.js";
import { DEFAULT_LOAD_OPTIONS, type LoadOptions, type LoadResult, type LoadedFile, type PackageManifest } from "./types.js";

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "build", "out", "coverage", ".next", "vendor"]);

/** Minimal loader: walks the root and reads scripts. (Hardened by the loader module.) */
export async function loadTarget(root: string, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const opts = { ...DEFAULT_LOAD_OPTIONS, ...options };
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new TargetError(`target not found: ${root}`);
  if (!info.isDirectory()) throw new TargetError(`target is not a directory: ${root}`);
  const realRoot = await realpath(root);
  const files: LoadedFile[] = [];
  const manifests: PackageManifest[] = [];
  const diagnostics: Diagnostic[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = relative(realRoot, abs).split(sep).join("/");
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(abs);
        continue;
      }
      if (!e.isFile()) continue;
      if (e.name === "package.json") {
        const text = await readFile(abs, "utf8").catch(() => "");
        manifests.push(parseManifest(rel, text));
        continue;
      }
      const role = classifyPath(rel);
      if (!role) continue;
      const st = await lstat(abs);
      if (st.size > opts.maxFileBytes) {
        diagnostics.push({ file: rel, message: `skipped: ${st.size} bytes is over the ${opts.maxFileBytes} byte limit` });
        continue;
      }
      const text = await readFile(abs, "utf8");
      files.push({ path: rel, absPath: abs, role, text, lines: text.split("\n").length });
    }
  };
  await walk(realRoot);
  return { root: realRoot, files, manifests, diagnostics };
}


function parseManifest(path: string, text: string): PackageManifest {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== "object" || json === null) return { path, dependencies: [] };
    const rec = json as Record<string, unknown>;
    const deps: string[] = [];
    for (const key of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
      const d = rec[key];
      if (typeof d === "object" && d !== null) deps.push(...Object.keys(d));
    }
    return { path, name: typeof rec.name === "string" ? rec.name : undefined, dependencies: deps };
  } catch {
    return { path, dependencies: [] };
  }
}
