import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** Where a path given by the model really lands, or why it may not be touched. */
export type Confined = { ok: true; real: string; relative: string } | { ok: false; reason: string };

function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Real path of `p`, resolving symlinks of its longest existing prefix (the file itself may not exist yet).
 * A dangling symlink is followed by hand: writing through it would create its target, wherever that is.
 */
function realPathOf(p: string, hops = 0): string {
  if (hops > 40) throw new Error("too many symlinks");
  let head = p;
  const tail: string[] = [];
  while (!lexists(head)) {
    const parent = dirname(head);
    if (parent === head) break;
    tail.unshift(basename(head));
    head = parent;
  }
  try {
    return join(realpathSync(head), ...tail);
  } catch {
    return realPathOf(join(resolve(dirname(head), readlinkSync(head)), ...tail), hops + 1);
  }
}

/** Resolves a path against the workspace and refuses anything that lands outside it (`..`, absolute, symlinks out). */
export function confine(workspace: string, path: string): Confined {
  const root = realpathSync(workspace);
  const lexical = isAbsolute(path) ? path : resolve(root, path);
  let real: string;
  try {
    real = realPathOf(lexical);
  } catch {
    return { ok: false, reason: `${path} cannot be resolved (symlink loop)` };
  }
  if (outside(root, real)) {
    const how = isAbsolute(path) ? "an absolute path" : outside(root, lexical) ? "'..'" : "a symlink";
    return { ok: false, reason: `${path} leads outside the workspace through ${how}` };
  }
  return { ok: true, real, relative: relative(root, real).split(sep).join("/") || "." };
}

function outside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
