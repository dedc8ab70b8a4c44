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
  inTest: boolean;
}

/** A barrel file (`index.ts` with `export * from "./x"`): calls to it may land in the files it re-exports. */
export interface ReexportFact extends FactBase {
  type: "reexport";
  /** Re-exported files, extensionless and root-relative. */
  from: string[];
}

export type FlowSummaryFact = ReachSummaryFact | CallEdgeFact | ReexportFact;

/** Relative `export ... from` targets of a file (top-level statements only). */
export function reexports(sf: ts.SourceFile, file: string): string[] {
  const dir = posix.dirname(file);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text.startsWith(".")) {
      const target = moduleKey(posix.join(dir, st.moduleSpecifier.text));
      out.push(target, `${target}/index`);
    }
  }
  return out;
}

/** Relative imports of a file: local name -> defining file, and every imported file (all extensionless). */
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
    const spec = st.moduleSpecifier.text;
    if (!spec.startsWith(".")) continue;
    const target = moduleKey(posix.join(dir, spec));
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
  for (const f of facts) {
    if (f.type === "reach") {
      const k = key(f.file, f.fn, f.param);
      if (!f.guarded || !reach.has(k)) reach.set(k, f);
    } else if (f.type === "reexport") barrels.set(moduleKey(f.file), f.from);
    else if (!f.inTest) edges.push(f);
  }
  /** The files an edge may land in, through up to three levels of barrels. */
  const throughBarrels = (files: readonly string[]): string[] => {
    const out = new Set(files);
    let frontier = [...files];
    for (let level = 0; level < 3 && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const f of frontier) for (const t of barrels.get(f) ?? []) if (!out.has(t)) out.add(t), next.push(t);
      frontier = next;
    }
    return [...out];
  };
  const lookup = (e: CallEdgeFact): SinkTarget | undefined => {
    for (const file of barrels.size > 0 ? throughBarrels(e.files) : e.files) {
      const hit = reach.get(`${file}\u0000${e.target}\u0000${e.arg}`);
      if (hit && !hit.guarded) return hit;
    }
    return undefined;
  };
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const e of edges) {
      if (!("fn" in e.source) || e.guard) continue;
      const k = key(e.file, e.source.fn, e.source.param);
      if (reach.get(k)?.guarded === false) continue;
      const sink = lookup(e);
      if (!sink) continue;
      reach.set(k, sink);
      changed = true;
    }
    if (!changed) break;
  }
  const out: { edge: CallEdgeFact; sink: SinkTarget }[] = [];
  for (const e of edges) {
    if (!("tool" in e.source) || e.guard || e.source.governed) continue;
    const sink = lookup(e);
    if (sink) out.push({ edge: e, sink });
  }
  return out;
}
