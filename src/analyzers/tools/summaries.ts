import { posix } from "node:path";
import { ts } from "ts-morph";
import type { FactBase } from "../../engine/analyzer.js";
import type { SinkKind } from "./shell-sinks.js";

/** A sink a function's parameter reaches, as seen from another file. */
export interface SinkTarget {
  callee: string;
  kind: SinkKind;
  sinkFile: string;
  sinkLine: number;
  /** A check runs before the sink on that path. */
  guarded: boolean;
}

/** Parameter `param` of function or method `fn` (defined in `file`) reaches a sink. */
export interface ReachSummaryFact extends FactBase, SinkTarget {
  type: "reach";
  fn: string;
  param: number;
}

/** Who passes model input across a file boundary: a function parameter, or a tool's input. */
export type EdgeSource = { fn: string; param: number } | { tool: string; governed: boolean; readOnly?: boolean };

/** Model input (from `source`) passed as argument `arg` to `target`, defined in one of `files` (extensionless). */
export interface CallEdgeFact extends FactBase {
  type: "call";
  source: EdgeSource;
  target: string;
  arg: number;
  files: string[];
  guard?: string;
}

/** A barrel file (`index.ts` with `export * from "./x"`): calls to it may land in the files it re-exports. */
export interface ReexportFact extends FactBase {
  type: "reexport";
  /** Re-exported files, extensionless and root-relative. */
  from: string[];
}

/** Function `fn` of `file` checks its parameter `param` (a permission or validation call, or a check that exits). */
export interface CheckSummaryFact extends FactBase {
  type: "checks";
  fn: string;
  param: number;
}

export type FlowSummaryFact = ReachSummaryFact | CallEdgeFact | ReexportFact | CheckSummaryFact;

/** Relative `export ... from` targets of a file (top-level statements only). */
export function reexports(sf: ts.SourceFile, file: string): string[] {
  const dir = posix.dirname(file);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const target = localModule(dir, st.moduleSpecifier.text);
    if (target) out.push(target, `${target}/index`);
  }
  return out;
}

/** Marks a module key known only by its tail: an alias import (`#utils/exec`, `@/lib/run`) whose root the config sets. */
const ALIAS = "*";
/** Import aliases for the project's own folders: package.json `imports` (`#x/`), and the usual tsconfig paths. */
const ALIAS_PREFIX = /^(?:#|@\/|~\/)/;

/** Whether an import specifier names a module of this project (relative, or through an alias). */
export function isLocalSpecifier(spec: string): boolean {
  return spec.startsWith(".") || ALIAS_PREFIX.test(spec);
}

/** The project module an import specifier names: a relative path, or an alias resolved later by its tail. */
function localModule(dir: string, spec: string): string | undefined {
  if (spec.startsWith(".")) return moduleKey(posix.join(dir, spec));
  if (ALIAS_PREFIX.test(spec)) return ALIAS + moduleKey(spec.replace(ALIAS_PREFIX, ""));
  return undefined;
}

/** Resolves alias keys against the files that are known, by their tail (`*utils/exec` -> `src/utils/exec`). */
function aliasResolver(known: Iterable<string>): (file: string) => readonly string[] {
  const files = [...new Set(known)];
  const cache = new Map<string, string[]>();
  return (file) => {
    if (!file.startsWith(ALIAS)) return [file];
    let hit = cache.get(file);
    if (!hit) {
      const tail = file.slice(ALIAS.length);
      hit = files.filter((f) => f === tail || f.endsWith(`/${tail}`));
      cache.set(file, hit);
    }
    return hit;
  };
}

/** Project imports of a file: local name -> defining file, and every imported file (all extensionless). */
export interface FileImports {
  names: Map<string, string>;
  files: string[];
}

const EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/** A repository path without its extension, so `./run_process.js` and `src/run_process.ts` meet. */
export function moduleKey(file: string): string {
  return file.replace(EXTENSION, "");
}

/** Reads the relative imports of a file (top-level statements only). */
export function relativeImports(sf: ts.SourceFile, file: string): FileImports {
  const out: FileImports = { names: new Map(), files: [] };
  const dir = posix.dirname(file);
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const target = localModule(dir, st.moduleSpecifier.text);
    if (!target) continue;
    out.files.push(target, `${target}/index`);
    const clause = st.importClause;
    if (clause?.name) out.names.set(clause.name.text, target);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) out.names.set(el.name.text, target);
  }
  return out;
}

/** Files that may define a called function: its import for a plain call, else this file and every file it imports. */
export function candidateFiles(name: string, plain: boolean, imports: FileImports, file: string): string[] {
  const own = moduleKey(file);
  const imported = plain ? imports.names.get(name) : undefined;
  if (imported) return [imported, `${imported}/index`];
  return [own, ...imports.files];
}

function key(file: string, fn: string, param: number): string {
  return `${moduleKey(file)}\u0000${fn}\u0000${param}`;
}

/**
 * Resolves call edges across files to a fixpoint: a parameter reaches a sink when it is passed,
 * at the same position, to a function defined in a file the caller imports whose parameter does.
 * Returns, per tool edge, the unguarded sink it reaches.
 */
export function resolveToolFlows(facts: readonly FlowSummaryFact[]): { edge: CallEdgeFact; sink: SinkTarget }[] {
  const reach = new Map<string, SinkTarget>();
  const edges: CallEdgeFact[] = [];
  const barrels = new Map<string, string[]>();
  const checks = new Set<string>();
  for (const f of facts) {
    if (f.type === "reach") {
      const k = key(f.file, f.fn, f.param);
      if (!f.guarded || !reach.has(k)) reach.set(k, f);
    } else if (f.type === "reexport") barrels.set(moduleKey(f.file), f.from);
    else if (f.type === "checks") checks.add(key(f.file, f.fn, f.param));
    else edges.push(f);
  }
  const known: string[] = [...barrels.keys()];
  for (const k of reach.keys()) known.push(k.slice(0, k.indexOf("\u0000")));
  for (const e of edges) known.push(moduleKey(e.file));
  for (const k of checks) known.push(k.slice(0, k.indexOf("\u0000")));
  const resolve = aliasResolver(known);
  /** The files an edge may land in, through up to three levels of barrels. */
  const throughBarrels = (files: readonly string[]): string[] => {
    const out = new Set(files);
    let frontier = [...files];
    for (let level = 0; level < 3 && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const f of frontier) for (const t of (barrels.get(f) ?? []).flatMap(resolve)) if (!out.has(t)) out.add(t), next.push(t);
      frontier = next;
    }
    return [...out];
  };
  const lookup = (e: CallEdgeFact): SinkTarget | undefined => {
    const files = e.files.flatMap(resolve);
    for (const file of barrels.size > 0 ? throughBarrels(files) : files) {
      const hit = reach.get(`${file}\u0000${e.target}\u0000${e.arg}`);
      if (hit && !hit.guarded) return hit;
    }
    return undefined;
  };
  // The same input went first through a function of another file that checks it (`prepareCommand(args.command)`).
  const sameSource = (a: EdgeSource, b: EdgeSource): boolean =>
    "tool" in a ? "tool" in b && a.tool === b.tool : "fn" in b && a.fn === b.fn && a.param === b.param;
  const checkedBefore = (e: CallEdgeFact): boolean =>
    checks.size > 0 &&
    edges.some(
      (c) =>
        c !== e && c.file === e.file && c.line <= e.line && sameSource(c.source, e.source) &&
        c.files.flatMap(resolve).some((f) => checks.has(`${f}\u0000${c.target}\u0000${c.arg}`)),
    );
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const e of edges) {
      if (!("fn" in e.source) || e.guard) continue;
      const k = key(e.file, e.source.fn, e.source.param);
      if (reach.get(k)?.guarded === false) continue;
      const sink = lookup(e);
      if (!sink || checkedBefore(e)) continue;
      reach.set(k, sink);
      changed = true;
    }
    if (!changed) break;
  }
  const out: { edge: CallEdgeFact; sink: SinkTarget }[] = [];
  for (const e of edges) {
    if (!("tool" in e.source) || e.guard || e.source.governed) continue;
    const sink = lookup(e);
    if (sink && !checkedBefore(e)) out.push({ edge: e, sink });
  }
  return out;
}
