import { ts } from "ts-morph";
import { defineAnalyzer, type AnalyzerContext, type FactBase } from "../../engine/analyzer.js";
import { dottedName, enclosingFunction } from "../../engine/ast.js";
import { toolNameExpression } from "./dispatch.js";
import { callToolHandler, caseLabel, comparesToolName, dispatcherAround, EQUALS_OR_NOT, typedToolHandler } from "./dispatch-sites.js";
import { isHandlerKey } from "./names.js";
import { FlowTracer, type Entry } from "./flow.js";
import { mapDispatches } from "./function-maps.js";
import { moduleTool } from "./module-tools.js";
import { matchSink, mayHaveSinks, scanSinkImports, ptySink, stdinSink, type SinkKind } from "./shell-sinks.js";
import { addBinding, collectBindings, emitChecks, emitEdges, emitForwarders, hasLocalImport, markLocal, summarize, type FileState } from "./shell-summaries.js";
import { candidateFiles, reexports, relativeImports, type FileImports, type FlowSummaryFact } from "./summaries.js";
import { matchTool, TOOL_NODE_KINDS, type ToolMatch } from "./tool-shape.js";

/** A call that runs a shell or program or evaluates code, and whether model input reaches it. */
export interface ShellSinkFact extends FactBase {
  type: "sink";
  callee: string;
  kind: SinkKind;
  /** The program, when fixed and not a shell (`git`); model input then only picks arguments. */
  fixedProgram?: string;
  /** Model-chosen input reaches the sink's command (or code) argument. */
  modelReachable: boolean;
  /** The tool whose input reaches it (name, class or case label). */
  tool?: string;
  /** The parameter or expression that carries it. */
  param?: string;
  /** Functions crossed from the tool's handler to the sink. */
  through: string[];
  /** A permission, approval or validation call that runs before the sink on that path. */
  guard?: string;
  /** The tool's own declaration asks for approval (needsApproval, shouldConfirmExecute). */
  governed: boolean;
  /** The tool declares itself read-only, so a permission gate may let it run unasked. */
  readOnlyTool?: boolean;
}

/** Sinks in one file, plus summaries that let the rules follow model input across files. */
export type ShellFlowFact = ShellSinkFact | FlowSummaryFact;

/** The sink facts among shell-flow facts. */
export function sinkFacts(facts: readonly ShellFlowFact[]): ShellSinkFact[] {
  return facts.filter((f): f is ShellSinkFact => f.type === "sink");
}

/** The cross-file summaries among shell-flow facts. */
export function flowSummaries(facts: readonly ShellFlowFact[]): FlowSummaryFact[] {
  return facts.filter((f): f is FlowSummaryFact => f.type !== "sink");
}

let state: FileState | undefined;

/** Cheap first test: a tool object that can carry input into code has a handler key, or is passed to a helper. */
function mayHoldHandler(obj: ts.ObjectLiteralExpression, ancestors: readonly ts.Node[]): boolean {
  const parent = ancestors[ancestors.length - 1];
  if (parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent))) return true;
  for (const p of obj.properties) {
    const name = p.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) && isHandlerKey(name.text)) return true;
  }
  return false;
}

function toolLabel(m: ToolMatch): string {
  return m.name ?? m.className ?? m.via ?? "tool";
}

function entriesOf(s: FileState): Entry[] {
  const entries: Entry[] = [];
  for (const m of s.tools) {
    const fn = m.handler ?? (m.handlerRef ? s.functions.get(m.handlerRef)?.[0] : undefined);
    if (!fn) continue;
    const names = new Set<string>();
    for (const p of fn.parameters) collectNames(p.name, names);
    entries.push({ fn, taint: { names, prefixes: m.thisInput ? [m.thisInput] : [] }, tool: toolLabel(m), governed: m.approvalHints.length > 0, readOnly: m.readOnly });
  }
  for (const fn of s.dispatchers) {
    const names = new Set<string>();
    for (const p of fn.parameters) collectNames(p.name, names);
    entries.push({ fn, taint: { names, prefixes: [] }, governed: false });
  }
  // Sinks fed straight from a tool_use block (`block.input.command`) inside any function.
  for (const sink of s.sinkOrder) {
    const fn = s.sinkFunctions.get(sink.node);
    if (fn) entries.push({ fn, taint: { names: new Set(), prefixes: [] }, governed: false });
  }
  return entries;
}

function collectNames(name: ts.BindingName, out: Set<string>): void {
  if (ts.isIdentifier(name)) out.add(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) collectNames(el.name, out);
}

/** Node kinds that only matter in a file with sinks (function bindings and `new vm.Script`). */
const SINK_FILE_ONLY = new Set([
  ts.SyntaxKind.NewExpression,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.PropertyDeclaration,
]);

/** Finds shell, process and evaluator calls and follows model-chosen tool input to them. */
export const shellFlow = defineAnalyzer<ShellFlowFact>({
  name: "shell-flow",
  description: "shell/exec/eval sinks and whether a tool's model-chosen input reaches them unguarded",
  kinds: [
    ...TOOL_NODE_KINDS,
    ts.SyntaxKind.NewExpression,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.MethodDeclaration,
    ts.SyntaxKind.VariableDeclaration,
    ts.SyntaxKind.PropertyAssignment,
    ts.SyntaxKind.PropertyDeclaration,
    ts.SyntaxKind.SwitchStatement,
    ts.SyntaxKind.IfStatement,
  ],
  enterFile(ctx) {
    if (ctx.file.role !== "test") {
      const from = reexports(ctx.sourceFile, ctx.file.path);
      if (from.length > 0) ctx.emit({ type: "reexport", file: ctx.file.path, line: 1, from });
    }
    const imports = scanSinkImports(ctx.sourceFile);
    const hasSinks = mayHaveSinks(imports, ctx.file.text);
    // A file with no sink matters only when its tools pass input to files it imports.
    if (!hasSinks && !hasLocalImport(ctx.sourceFile)) {
      state = undefined;
      return;
    }
    state = {
      hasSinks,
      imports,
      sinks: new Map(),
      sinkOrder: [],
      tools: [],
      functions: new Map(),
      local: new Set(),
      labels: new Map(),
      dispatchers: new Set(),
      sinkFunctions: new Map(),
      caseLabels: new Map(),
      shells: new Set(),
    };
  },
  visit(node, ctx) {
    const s = state;
    if (!s) return;
    if (ts.isVariableDeclaration(node)) {
      const handler = typedToolHandler(node);
      if (handler) s.dispatchers.add(handler);
    }
    // A decorated method may be a tool (`@func() installPackage(name)`) whether or not this file has sinks.
    if (!s.hasSinks && SINK_FILE_ONLY.has(node.kind) && !(ts.isMethodDeclaration(node) && node.modifiers)) return;
    if (ts.isCallExpression(node)) {
      const handler = callToolHandler(node);
      if (handler) s.dispatchers.add(handler);
    }
    if (s.hasSinks && (ts.isCallExpression(node) || ts.isNewExpression(node))) {
      const sink = matchSink(node, s.imports) ?? stdinSink(node, s.shells) ?? ptySink(node, s.imports);
      const holder = ctx.ancestors[ctx.ancestors.length - 1];
      if (sink?.kind === "shell" && holder) {
        const shell = shellHolder(holder);
        if (shell) s.shells.add(shell);
      }
      if (sink) {
        s.sinks.set(node, sink);
        s.sinkOrder.push(sink);
        const fn = enclosingFunction(ctx.ancestors);
        if (fn) s.sinkFunctions.set(node, fn);
        const label = caseLabel(ctx.ancestors);
        if (label) s.caseLabels.set(node, label);
      }
    }
    // Files without sinks collect their functions only when they turn out to hold an entry (see leaveFile).
    if (s.hasSinks) {
      addBinding(s, node);
      markLocal(s, node, ctx.ancestors);
    }
    if (ts.isSwitchStatement(node) && toolNameExpression(node.expression)) {
      const fn = dispatcherAround(ctx.ancestors);
      if (fn) s.dispatchers.add(fn);
    } else if (ts.isIfStatement(node) && comparesToolName(node.expression, EQUALS_OR_NOT)) {
      const fn = dispatcherAround(ctx.ancestors);
      if (fn) s.dispatchers.add(fn);
    }
    if (node.kind !== ts.SyntaxKind.NewExpression && (!ts.isObjectLiteralExpression(node) || mayHoldHandler(node, ctx.ancestors))) {
      const tool = matchTool(node, ctx.ancestors, ctx.sourceFile);
      if (tool && (tool.handler || tool.handlerRef)) s.tools.push(tool);
    }
  },
  leaveFile(ctx) {
    const s = state;
    state = undefined;
    if (!s) return;
    emitChecks(ctx);
    const asModule = moduleTool(ctx.sourceFile);
    if (asModule) s.tools.push(asModule);
    const imports = relativeImports(ctx.sourceFile, ctx.file.path);
    addMapDispatches(ctx, s, imports);
    if (s.sinkOrder.length === 0 && s.tools.length === 0 && s.dispatchers.size === 0) {
      emitForwarders(ctx, imports);
      return;
    }
    // With no sink here, an entry matters only through the files it imports.
    if (s.sinkOrder.length === 0 && imports.files.length === 0) return;
    // Without sinks, in-file helpers are not followed; functions are needed only to resolve `execute: runShell`.
    if (!s.hasSinks && s.tools.some((t) => !t.handler && t.handlerRef)) collectBindings(s, ctx.sourceFile);
    const entries = entriesOf(s);
    const tracer = new FlowTracer(s.sinks, s.functions, s.labels);
    const flows = [...tracer.trace(entries)];
    emitEdges(ctx, tracer.externals, imports, (x) => ({
      tool: x.entry.tool ?? "a tool call",
      governed: x.entry.governed,
      ...(x.entry.readOnly ? { readOnly: true } : {}),
    }));
    if (s.sinkOrder.length === 0) return;
    const reported = new Set<string>();
    for (const f of flows) {
      const tool = f.entry.tool ?? s.caseLabels.get(f.sink.node) ?? "a tool call";
      const key = `${f.sink.node.pos}:${tool}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.emit({
        type: "sink",
        file: ctx.file.path,
        line: ctx.line(f.sink.node),
        callee: f.sink.callee,
        kind: f.sink.kind,
        fixedProgram: f.sink.fixedProgram,
        modelReachable: true,
        tool,
        param: f.param,
        through: f.through,
        guard: f.guard,
        governed: f.entry.governed,
        ...(f.entry.readOnly ? { readOnlyTool: true } : {}),
      });
    }
    const reached = new Set(flows.map((f) => f.sink.node));
    for (const sink of s.sinkOrder) {
      if (reached.has(sink.node)) continue;
      ctx.emit({
        type: "sink",
        file: ctx.file.path,
        line: ctx.line(sink.node),
        callee: sink.callee,
        kind: sink.kind,
        fixedProgram: sink.fixedProgram,
        modelReachable: false,
        through: [],
        governed: false,
      });
    }
    // Functions that reach no sink here may still hand their input to another file.
    emitForwarders(ctx, imports, summarize(ctx, s, tracer, imports));
  },
});

/** The variable or field a spawned shell is kept in: `const bash = spawn("bash")`, `this.shell = spawn(SHELL)`. */
function shellHolder(holder: ts.Node): string | undefined {
  if (ts.isVariableDeclaration(holder)) return ts.isIdentifier(holder.name) ? holder.name.text : undefined;
  if (ts.isBinaryExpression(holder) && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken) return dottedName(holder.left);
  return undefined;
}

/** Functions a model picks by name from a map (`TOOL_MAP[name](input)`): local ones become tools here, imported ones edges. */
function addMapDispatches(ctx: AnalyzerContext<ShellFlowFact>, s: FileState, imports: FileImports): void {
  const members = mapDispatches(ctx.sourceFile);
  if (members.length === 0) return;
  for (const m of members) {
    if (m.ref && imports.names.has(m.ref)) {
      for (let arg = 0; arg < m.args; arg++) {
        const files = candidateFiles(m.ref, true, imports, ctx.file.path);
        ctx.emit({ type: "call", file: ctx.file.path, line: ctx.line(m.call), source: { tool: m.key, governed: m.governed }, target: m.ref, arg, files });
      }
      continue;
    }
    const approvalHints = m.governed ? ["decision before the call"] : [];
    s.tools.push({ node: m.call, style: "object", name: m.key, hasDescription: false, hasSchema: false, riskHints: [], approvalHints, handler: m.fn, handlerRef: m.ref, readOnly: false });
  }
}
