import type { Dirent } from "node:fs";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { join, sep } from "node:path";
import type { Diagnostic } from "../core/types.js";
import { classifyPath } from "./classify.js";
import { describeFsError } from "./fs-errors.js";
import { IgnoreStack } from "./ignore-rules.js";
import { SKIPPED_DIRS, skipByName } from "./skip.js";
import type { FileRole } from "./types.js";

/** A file the walk found worth reading: a script or agent definition, or a package.json. */
export interface Candidate {
  rel: string;
  abs: string;
  kind: FileRole | "manifest";
}

type EntryType = "file" | "dir" | "other";

/**
 * Lists the files under a real (symlink-free) root in sorted depth-first order, honouring
 * .gitignore files and the config globs. Symlinks are never followed: one pointing inside the
 * root names a file the walk reaches at its real place, and one pointing outside is reported.
 * Unreadable directories become diagnostics and the walk goes on.
 */
export async function walkTree(realRoot: string, globs: readonly string[], diagnostics: Diagnostic[]): Promise<Candidate[]> {
  const out: Candidate[] = [];
  const visit = async (dir: string, rel: string, parentRules: IgnoreStack): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push({ file: rel || ".", message: `skipped directory: ${describeFsError(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const rules = await withGitignore(dir, rel, entries, parentRules, diagnostics);
    for (const entry of entries) {
      const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
      const abs = join(dir, entry.name);
      const type = await entryType(entry, abs, realRoot, childRel, diagnostics);
      if (type === "dir") {
        if (SKIPPED_DIRS.has(entry.name.toLowerCase()) || rules.ignores(childRel, true)) continue;
        await visit(abs, childRel, rules);
      } else if (type === "file") {
        const kind = entry.name === "package.json" ? "manifest" : classifyPath(childRel);
        if (!kind || rules.ignores(childRel, false)) continue;
        const skipped = kind === "manifest" ? undefined : skipByName(childRel);
        if (skipped) diagnostics.push({ file: childRel, message: `skipped: ${skipped}` });
        else out.push({ rel: childRel, abs, kind });
      }
    }
  };
  await visit(realRoot, "", IgnoreStack.fromGlobs(globs));
  return out;
}

async function withGitignore(dir: string, rel: string, entries: readonly Dirent[], rules: IgnoreStack, diagnostics: Diagnostic[]): Promise<IgnoreStack> {
  const file = entries.find((e) => e.name === ".gitignore" && e.isFile());
  if (!file) return rules;
  try {
    return rules.withFile(rel, await readFile(join(dir, ".gitignore"), "utf8"));
  } catch (error) {
    diagnostics.push({ file: rel === "" ? ".gitignore" : `${rel}/.gitignore`, message: `could not read ignore file: ${describeFsError(error)}` });
    return rules;
  }
}

/** What an entry is for the walk; symlinks are checked against the root and never followed. */
async function entryType(entry: Dirent, abs: string, realRoot: string, rel: string, diagnostics: Diagnostic[]): Promise<EntryType> {
  if (entry.isDirectory()) return "dir";
  if (entry.isFile()) return "file";
  if (entry.isSymbolicLink()) {
    await checkSymlink(abs, realRoot, rel, diagnostics);
    return "other";
  }
  if (entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()) return "other";
  // Some file systems do not report entry types in readdir.
  try {
    const info = await lstat(abs);
    return info.isDirectory() ? "dir" : info.isFile() ? "file" : "other";
  } catch {
    return "other";
  }
}

async function checkSymlink(abs: string, realRoot: string, rel: string, diagnostics: Diagnostic[]): Promise<void> {
  let target: string;
  try {
    target = await realpath(abs);
  } catch (error) {
    if (classifyPath(rel)) diagnostics.push({ file: rel, message: `skipped symlink: ${describeFsError(error)}` });
    return;
  }
  const inside = target === realRoot || target.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  if (!inside) diagnostics.push({ file: rel, message: "skipped symlink: it points outside the audited root" });
}
