import { ts } from "ts-morph";

/** What the agent-loop walk records per function of a file, as far as following its calls needs. */
export interface CallScope {
  node: ts.Node;
  /** Last names of everything it calls. */
  callees: Set<string>;
  /** Calls written `name(...)` or `this.name(...)`, as written. */
  ownCallees?: Set<string>;
  bound?: string;
  optIn?: string;
}

export const MAX_EXTERNAL = 40;

/**
 * processResponse -> handleToolCall -> respondAfterTool -> (model) -> processResponse: recursion through a file's
 * own helpers, with the bound any function on the cycle checks.
 */
export function helperRecursion(start: string, byName: ReadonlyMap<string, CallScope>): { inFunction: string; bound?: string; optIn?: string } | undefined {
  const path = cycleThrough(start, byName);
  if (!path) return undefined;
  const members = path.map((n) => byName.get(n));
  return { inFunction: path.join(" -> "), bound: members.find((m) => m?.bound)?.bound, optIn: members.find((m) => m?.optIn)?.optIn };
}

/** A path of `this.x()` / `x()` calls through this file's functions from `start` back to itself (at most four calls). */
function cycleThrough(start: string, byName: ReadonlyMap<string, CallScope>): string[] | undefined {
  const walk = (name: string, path: string[]): string[] | undefined => {
    for (const callee of byName.get(name)?.ownCallees ?? []) {
      // `this.run()` reaches a method; a plain `run()` a function of the module, not a method (nor a callback parameter).
      const c = callee.replace(/^this\./, "");
      const target = byName.get(c);
      if (!target || ts.isMethodDeclaration(target.node) !== callee.startsWith("this.")) continue;
      if (c === start && path.length > 1) return path;
      if (path.length < 4 && !path.includes(c)) {
        const found = walk(c, [...path, c]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(start, [start]);
}

/** Adds the names a local function reaches outside this file, through other local functions (a few levels). */
export function externalsOf(fn: CallScope, byName: ReadonlyMap<string, CallScope>, out: string[], seen: Set<string>, depth: number): void {
  for (const d of fn.callees) {
    const local = byName.get(d);
    if (local) {
      if (depth < 3 && !seen.has(d)) externalsOf(local, byName, out, seen.add(d), depth + 1);
    } else if (out.length < MAX_EXTERNAL && !out.includes(d)) out.push(d);
  }
}

