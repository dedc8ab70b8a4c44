import { ts } from "ts-morph";
import type { AnalyzerContext } from "../../engine/analyzer.js";
import { isFunctionLike, propertyNameText } from "../../engine/ast.js";
import { checksParameter, type FlowTracer, type ExternalCall } from "./flow.js";
import type { SinkImports, SinkMatch } from "./shell-sinks.js";
import type { ShellFlowFact } from "./shell-flow.js";
import { candidateFiles, isLocalSpecifier, type CallEdgeFact, type EdgeSource, type FileImports } from "./summaries.js";
import { parameterSeeds } from "./taint.js";
import type { ToolMatch } from "./tool-shape.js";

/** What the shell-flow walk keeps for one file; holds nodes, so it never leaves the walk. */
export interface FileState {
  /** The file imports a process or vm module or names an evaluator. */
  hasSinks: boolean;
  imports: SinkImports;
  sinks: Map<ts.Node, SinkMatch>;
  sinkOrder: SinkMatch[];
  tools: ToolMatch[];
  functions: Map<string, ts.FunctionLikeDeclaration[]>;
  /** Functions another file cannot call: top-level functions and consts that are not exported. */
  local: Set<ts.FunctionLikeDeclaration>;
  labels: Map<ts.Node, string>;
  dispatchers: Set<ts.FunctionLikeDeclaration>;
  /** Innermost function around each sink. */
  sinkFunctions: Map<ts.Node, ts.FunctionLikeDeclaration>;
  /** `case "bash":` label around a sink, naming the tool in switch dispatch. */
  caseLabels: Map<ts.Node, string>;
  /** Variables or fields holding a spawned shell (`const bash = spawn("bash")`, `this.shell = spawn(SHELL)`): what is written to their stdin is a script. */
  shells: Set<string>;
}

export function addFunction(s: FileState, name: string | undefined, fn: ts.Node | undefined): void {
  if (!name || !fn || !isFunctionLike(fn)) return;
  const list = s.functions.get(name) ?? [];
  list.push(fn);
  s.functions.set(name, list);
  s.labels.set(fn, name);
}

export function hasLocalImport(sf: ts.SourceFile): boolean {
  return sf.statements.some((st) => ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && isLocalSpecifier(st.moduleSpecifier.text));
}

/** Records a named function (declaration, method, or a function assigned to a variable or property). */
export function addBinding(s: FileState, node: ts.Node): void {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) {
    addFunction(s, node.name ? propertyNameText(node.name) : undefined, node);
  } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
    if (node.initializer && isFunctionLike(node.initializer)) addFunction(s, node.name.text, node.initializer);
  } else if (ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node)) {
    // Class fields holding arrows (`exec = (cmd) => ...`) are methods by another name.
    if (node.initializer && isFunctionLike(node.initializer)) addFunction(s, propertyNameText(node.name), node.initializer);
  }
}

export function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Top-level functions and function consts without `export` (an `export { name }` list is honoured in leaveFile). */
export function markLocal(s: FileState, node: ts.Node, ancestors: readonly ts.Node[]): void {
  if (ts.isFunctionDeclaration(node) && ancestors.length === 1 && !isExported(node)) s.local.add(node);
  else if (ts.isVariableDeclaration(node) && node.initializer && isFunctionLike(node.initializer) && ancestors.length === 3) {
    const statement = ancestors[1];
    if (statement && !isExported(statement)) s.local.add(node.initializer);
  }
}

/** Names a file exports through `export { a, b as c }` or `export default a`. */
function exportedNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) out.add((el.propertyName ?? el.name).text);
    } else if (ts.isExportAssignment(st) && ts.isIdentifier(st.expression)) out.add(st.expression.text);
  }
  return out;
}

export function collectBindings(s: FileState, root: ts.Node): void {
  const visit = (n: ts.Node): void => {
    addBinding(s, n);
    ts.forEachChild(n, visit);
  };
  visit(root);
}

/** Emits calls that carry model input out of this file; calls that cannot reach another project file are dropped. */
export function emitEdges(
  ctx: AnalyzerContext<ShellFlowFact>,
  externals: readonly ExternalCall[],
  imports: FileImports,
  source: (x: ExternalCall) => EdgeSource,
): void {
  if (imports.files.length === 0) return;
  let built: ReadonlyMap<string, string> | undefined;
  for (const x of externals) {
    if (x.plain && !imports.names.has(x.name)) continue;
    const receiver = x.plain ? undefined : receiverName(x.call);
    const cls = receiver ? (built ??= constructedClasses(ctx.sourceFile)).get(receiver) : undefined;
    const classFile = cls ? imports.names.get(cls) : undefined;
    // `const executor = new CommandExecutor(); executor.executeCommand(cmd)`: the method is the imported class's.
    const files = classFile ? [classFile, `${classFile}/index`] : candidateFiles(x.name, x.plain, imports, ctx.file.path);
    for (const arg of x.positions) {
      const edge: CallEdgeFact = { type: "call", file: ctx.file.path, line: ctx.line(x.call), source: source(x), target: x.name, arg, files, guard: x.guard };
      ctx.emit(edge);
    }
  }
}

/** The identifier a method is called on (`executor` in `executor.executeCommand(cmd)`). */
function receiverName(call: ts.CallExpression): string | undefined {
  return ts.isPropertyAccessExpression(call.expression) && ts.isIdentifier(call.expression.expression) ? call.expression.expression.text : undefined;
}

/** The class each variable of a file is built from with `new` (`let executor = new CommandExecutor()`); "" when its first binding is not a `new`. */
function constructedClasses(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && !out.has(n.name.text)) {
      let init: ts.Expression = n.initializer;
      while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      out.set(n.name.text, ts.isNewExpression(init) && ts.isIdentifier(init.expression) ? init.expression.text : "");
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Functions that hold a sink of this file, or call (by name) one that does. */
function sinkReachers(s: FileState, tracer: FlowTracer): Set<ts.FunctionLikeDeclaration> {
  const all = [...s.functions.values()].flat();
  const out = new Set(all.filter((fn) => s.sinkOrder.some((k) => k.node.pos >= fn.pos && k.node.end <= fn.end)));
  for (let round = 0; round < 4; round++) {
    const names = new Set([...out].map((fn) => s.labels.get(fn)));
    const before = out.size;
    for (const fn of all) if (!out.has(fn) && tracer.callees(fn).some((n) => names.has(n))) out.add(fn);
    if (out.size === before) break;
  }
  return out;
}

/** Per named function of a file with sinks: which parameters reach a sink, and which are passed on to other files. */
export function summarize(ctx: AnalyzerContext<ShellFlowFact>, s: FileState, tracer: FlowTracer, imports: FileImports): Set<string> {
  const reaching = sinkReachers(s, tracer);
  const done = new Set<string>();
  const exported = exportedNames(ctx.sourceFile);
  for (const [name, fns] of s.functions) {
    for (const fn of fns) {
      if (!fn.body || !reaching.has(fn) || (s.local.has(fn) && !exported.has(name))) continue;
      done.add(name);
      for (let i = 0; i < fn.parameters.length; i++) {
        const flows = tracer.trace([{ fn, taint: { names: parameterSeeds(fn, [i]), prefixes: [] }, governed: false }]);
        for (const f of flows) {
          if (f.sink.kind === "program" && f.sink.fixedProgram !== undefined) continue;
          const sinkLine = ctx.line(f.sink.node);
          ctx.emit({ type: "reach", file: ctx.file.path, line: sinkLine, fn: name, param: i, callee: f.sink.callee, kind: f.sink.kind, sinkFile: ctx.file.path, sinkLine, guarded: f.guard !== undefined });
        }
        emitEdges(ctx, tracer.externals, imports, () => ({ fn: name, param: i }));
      }
    }
  }
  return done;
}

/** An exported top-level function's parameters, when it is declared as `export function f(...)` or `export const f = (...) =>`. */
function exportedFunctions(sf: ts.SourceFile): [string, ts.FunctionLikeDeclaration][] {
  const out: [string, ts.FunctionLikeDeclaration][] = [];
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.body && isExported(st)) out.push([st.name.text, st]);
    else if (ts.isVariableStatement(st) && isExported(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && isFunctionLike(d.initializer)) out.push([d.name.text, d.initializer]);
      }
    }
  }
  return out;
}

/** Cheap test before scanning a body for checks: the words every guard name or check has. */
const MAYBE_CHECK = /allow|valid|assert|check|permi|safe|deny|denied|block|confirm|approv|guard|saniti|verify|ensure|forbid|includes|test\(|startsWith/i;

/** Exported functions that check a parameter (`prepareCommand` calling `assertAllowedCommand`): input they pass on was checked. */
export function emitChecks(ctx: AnalyzerContext<ShellFlowFact>): void {
  for (const [name, fn] of exportedFunctions(ctx.sourceFile)) {
    if (!fn.body || fn.parameters.length === 0 || !MAYBE_CHECK.test(ctx.text(fn.body))) continue;
    for (let i = 0; i < fn.parameters.length; i++) {
      if (checksParameter(fn, i)) ctx.emit({ type: "checks", file: ctx.file.path, line: ctx.line(fn), fn: name, param: i });
    }
  }
}

/**
 * A file with neither sinks nor tools can still pass model input along: a handler layer
 * (`export function handleX(args) { return x(args); }`) between a server's dispatch and the code
 * that runs it. Its exported functions that hand a parameter straight to an imported function
 * become edges, so cross-file flows go through it.
 */
export function emitForwarders(ctx: AnalyzerContext<ShellFlowFact>, imports: FileImports, summarized: ReadonlySet<string> = new Set()): void {
  for (const [name, fn] of exportedFunctions(ctx.sourceFile)) if (!summarized.has(name)) forward(ctx, imports, name, fn, true);
  // Methods of exported classes (`shellTools.terminalOperate(params)` -> `this.terminalManager.sendInput(params.input)`).
  for (const st of ctx.sourceFile.statements) {
    if (!ts.isClassDeclaration(st) || !isExported(st)) continue;
    for (const m of st.members) {
      const name = ts.isMethodDeclaration(m) ? propertyNameText(m.name) : undefined;
      if (name && ts.isMethodDeclaration(m) && !summarized.has(name)) forward(ctx, imports, name, m, false);
    }
  }
}

/** Edges for the calls of one function that hand a parameter (or a property of one) to a function of another file. */
function forward(ctx: AnalyzerContext<ShellFlowFact>, imports: FileImports, name: string, fn: ts.FunctionLikeDeclaration, plainOnly: boolean): void {
  const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined));
  if (!params.some(Boolean) || !fn.body) return;
  const paramOf = (arg: ts.Expression): number => {
    let root: ts.Expression = arg;
    while (ts.isPropertyAccessExpression(root)) root = root.expression;
    return ts.isIdentifier(root) && (plainOnly ? root === arg : true) ? params.indexOf(root.text) : -1;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const plain = ts.isIdentifier(n.expression);
      const target = plain ? (n.expression as ts.Identifier).text : ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : undefined;
      if (target && (plain ? imports.names.has(target) : !plainOnly)) {
        n.arguments.forEach((arg, j) => {
          const i = paramOf(arg);
          if (i < 0) return;
          const files = candidateFiles(target, plain, imports, ctx.file.path);
          ctx.emit({ type: "call", file: ctx.file.path, line: ctx.line(n), source: { fn: name, param: i }, target, arg: j, files });
        });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
}
