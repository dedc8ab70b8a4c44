import { ts } from "ts-morph";
import { functionName, isFunctionLike } from "../../engine/ast.js";
import { defineAnalyzer, type AnalyzerContext } from "../../engine/analyzer.js";
import { callInfo, callLast } from "../common/call-info.js";
import { isModelCallNode } from "../common/model-calls.js";
import { calleeGuard, limitErrorThrown, limitPredicateChecked, type LimitGuard } from "./limit-guards.js";
import { comparisonLimitNamed, conditionLimit, exits, isComparisonOperator, isLoopNode, isSetTest, loopCondition, optInLimit, type LoopNode } from "./bounds.js";
import { comparedCounter, countsBack } from "./counter-steps.js";
import type { AgentLoopFact, LoopFact } from "./loop-fact-types.js";
import { hasInfiniteDefault, hasPositiveDefault } from "./limit-defaults.js";
import { externalsOf, helperRecursion, MAX_EXTERNAL } from "./call-graph.js";
import { conditionalIn, endlessSdkLoop, rescheduled, isCounterStep, isLoopLimitArgument, limitArgument, returnedIn, runsInPlace, within } from "./loop-calls.js";

export { isLoopFact, type AgentLoopFact, type FunctionFact, type LoopFact } from "./loop-fact-types.js";

interface Scope {
  node: ts.Node;
  name?: string;
  callees: Set<string>;
  /** Calls written `name(...)` or `this.name(...)`, as written: edges that stay on this object or module. */
  ownCallees?: Set<string>;
  /** Identifiers passed as arguments (`withRetry(streamFactory)`): calls when they name a function of this file. */
  passed?: Set<string>;
  modelCall?: string;
  bound?: string;
  optIn?: string;
  /** Model calls in a loop, and those whose result the loop returns at once (`return await client.chat(...)`). */
  modelCalls?: number;
  returnedCalls?: number;
  userPaced: boolean;
  /** Calls a loop makes on every turn, outside any condition: a helper among them that asks the user paces the loop. */
  everyTurn?: Set<string>;
  /** The function calls itself (`name(...)` or `this.name(...)`), not a same-named method elsewhere. */
  recursive: boolean;
  /** It does so from a callback scheduled to run at once (`setImmediate(() => this.runIteration(id))`). */
  rescheduled?: boolean;
}

const LIMIT_CHECK_CALL = /^(?:check|enforce|assert|ensure)\w*(?:Budget|Limits?|HumanInTheLoop|Hitl)$/;

const USER_INPUT = new Set(["question", "prompt", "readline", "readLine", "getUserInput", "waitForInput", "waitForUserInput", "askUser"]);

let loops = new Map<ts.Node, Scope>();
let functions = new Map<ts.Node, Scope>();
/** Loops and functions enclosing the node being visited, outermost first (kept by position: no ancestor scans per call). */
let open: { node: ts.Node; parent: ts.Node | undefined; runsInPlace: boolean; scope?: Scope }[] = [];

/** Whether a scope of the file calls a model directly (else no function can reach one through this file). */
let anyModel = false;

const SCOPE_KINDS = [
  ts.SyntaxKind.WhileStatement, ts.SyntaxKind.DoStatement, ts.SyntaxKind.ForStatement, ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
];

const IS_SCOPE: boolean[] = [];
for (const kind of SCOPE_KINDS) IS_SCOPE[kind] = true;

/** Agent loops: loops and recursive functions that call a model, with the turn, token or time bound they check. */
export const agentLoops = defineAnalyzer<AgentLoopFact>({
  name: "agent-loops",
  description: "loops that call a model and what bounds them",
  kinds: [ts.SyntaxKind.CallExpression, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.ThrowStatement, ...SCOPE_KINDS],
  enterFile() {
    loops = new Map();
    functions = new Map();
    open = [];
    anyModel = false;
  },
  visit(node, ctx) {
    while (open.length > 0 && node.pos >= (open[open.length - 1]?.node.end ?? 0)) open.pop();
    if (IS_SCOPE[node.kind] === true) open.push({ node, parent: ctx.ancestors[ctx.ancestors.length - 1], runsInPlace: runsInPlace(node, ctx.ancestors) });
    else if (ts.isCallExpression(node)) {
      onCall(node, ctx);
      markGuard(limitPredicateChecked(node, ctx.ancestors));
    } else if (ts.isBinaryExpression(node) && isComparisonOperator(node.operatorToken.kind)) onComparison(node, ctx);
    else if (ts.isThrowStatement(node)) markGuard(limitErrorThrown(node, ctx.ancestors));
  },
  leaveFile(ctx) {
    emitFacts(ctx);
  },
});

function markGuard(guard: LimitGuard | undefined): void {
  if (!guard) return;
  const scope = isLoopNode(guard.scope) ? scopeOf(loops, guard.scope) : scopeOf(functions, guard.scope, guard.parent);
  scope.bound ??= guard.note;
}

/** The scope of a loop or function; a function's name comes from its node and parent, computed once. */
function scopeOf(map: Map<ts.Node, Scope>, node: ts.Node, parent?: ts.Node): Scope {
  let s = map.get(node);
  if (!s) {
    const name = map === functions ? functionName(node, parent) : undefined;
    s = { node, name, callees: new Set(), userPaced: false, recursive: false };
    map.set(node, s);
  }
  return s;
}

function onCall(node: ts.CallExpression, ctx: AnalyzerContext<AgentLoopFact>): void {
  if (open.length === 0) return;
  const last = callLast(node);
  if (!last) return;
  const model = isModelCallNode(node);
  if (model) anyModel = true;
  if (model) {
    const endless = endlessSdkLoop(node);
    if (endless) {
      const line = ctx.line(node);
      const owner = [...open].reverse().find((e) => !isLoopNode(e.node));
      const inFunction = owner ? functionName(owner.node, owner.parent) : undefined;
      ctx.emit({ file: ctx.file.path, line, endLine: line, kind: "sdk", modelCall: `${callInfo(node).callee ?? last} (${endless})`, external: [], userPaced: false, inFunction });
    }
  }
  // Whether an argument names a limit (`runStep(maxTurns)`): asked at most once per call.
  let limitArg: boolean | undefined;
  let inner = true;
  for (let i = open.length - 1; i >= 0; i--) {
    const entry = open[i];
    if (!entry) continue;
    const anc = entry.node;
    if (isLoopNode(anc)) {
      if (ts.isForStatement(anc) && within(node, anc.initializer)) continue;
      const loop = (entry.scope ??= scopeOf(loops, anc));
      loop.callees.add(last);
      if (model) {
        loop.modelCall ??= callInfo(node).callee;
        loop.modelCalls = (loop.modelCalls ?? 0) + 1;
        if (returnedIn(anc, ctx.ancestors)) loop.returnedCalls = (loop.returnedCalls ?? 0) + 1;
      }
      // A REPL asks every turn; an ask inside an `if` (only when no tool ran) leaves the other turns to the model.
      if (!conditionalIn(node, anc, ctx.ancestors)) {
        if (USER_INPUT.has(last)) loop.userPaced = true;
        (loop.everyTurn ??= new Set()).add(last);
      }
      if (!model && loop.bound === undefined) {
        limitArg ??= node.arguments.some(isLoopLimitArgument);
        if (limitArg) loop.bound = `${last}(${limitArgument(node)})`;
        // checkHumanInTheLoop(counters), enforceBudget(usage): a check each turn that stops or hands the run to a person.
        else if (LIMIT_CHECK_CALL.test(last) && !conditionalIn(node, anc, ctx.ancestors)) loop.bound = `${last}() each turn`;
      }
      continue;
    }
    {
      // Reached here through callbacks only (`retry(() => client.chat())`): the enclosing function makes that call too.
      const fn = (entry.scope ??= scopeOf(functions, anc, entry.parent));
      fn.callees.add(last);
      const callee = callInfo(node).callee;
      if (callee === last || callee === `this.${last}`) (fn.ownCallees ??= new Set()).add(callee);
      for (const arg of node.arguments) if (ts.isIdentifier(arg)) (fn.passed ??= new Set()).add(arg.text);
      if (model) fn.modelCall ??= callInfo(node).callee;
      // A helper that asks the user each time (`chatLoop` awaiting inquirer.prompt) paces the loop that calls it.
      if (USER_INPUT.has(last) && !conditionalIn(node, anc, ctx.ancestors)) fn.userPaced = true;
      if (inner && fn.name !== undefined && (fn.name === last || fn.name.includes(".")) && callInfo(node).callee === (ts.isMethodDeclaration(anc) ? `this.${fn.name}` : fn.name)) {
        fn.recursive = true;
        fn.rescheduled ||= i < open.length - 1;
        if (node.arguments.some(isCounterStep)) fn.bound ??= `${fn.name}(... counter)`;
      }
      // `setImmediate(() => this.runIteration(id))`: a scheduled callback re-enters the function around it.
      inner = rescheduled(entry.node, entry.parent);
    }
    // A callback passed inside a loop (retry wrappers, map over tool calls) still runs in that loop.
    if (!entry.runsInPlace) return;
  }
}

function onComparison(node: ts.BinaryExpression, ctx: AnalyzerContext<AgentLoopFact>): void {
  const found = comparisonLimitNamed(node);
  if (!found) {
    if (conditionLimit(node)) markConditionBound(node, ctx);
    return;
  }
  const { kind, name: limitName } = found;
  if (limitName !== undefined && isSetTest(node, limitName, ctx.ancestors)) return;
  const optIn =
    limitName !== undefined &&
    ((optInLimit(node, limitName, ctx.ancestors) && !hasPositiveDefault(ctx.file.text, limitName)) || hasInfiniteDefault(ctx.file.text, limitName));
  const note = `${kind}: ${limitName ?? ctx.text(node).slice(0, 60)}`;
  const mark = (scope: Scope): void => {
    if (optIn) scope.optIn ??= note;
    else scope.bound ??= note;
  };
  const a = ctx.ancestors;
  // `checked`: the comparison is the condition of an `if` whose branch leaves the loop or function.
  // A named turn limit (`attempt < maxAttempts`) bounds its loop wherever it is compared; a token
  // limit elsewhere may only trigger compaction, so it counts only when it guards an exit.
  let checked = false;
  let exiting = false;
  for (let i = a.length - 1; i >= 0; i--) {
    const anc = a[i];
    const child = a[i + 1] ?? node;
    if (!anc) continue;
    if (isLoopNode(anc)) {
      if (child === loopCondition(anc) || checked || (kind === "turns" && limitName !== undefined)) {
        const counter = limitName === undefined ? undefined : comparedCounter(node, limitName);
        if (!counter || !countsBack(anc, counter)) mark(scopeOf(loops, anc));
        return;
      }
    } else if (ts.isIfStatement(anc) && !checked && child === anc.expression) {
      exiting = exits(anc.thenStatement);
      checked = exiting;
    } else if (isFunctionLike(anc)) {
      if (exiting) mark(scopeOf(functions, anc, a[i - 1]));
      return;
    }
  }
}

/** A counter compared in a loop's own condition (`i < history.length`) bounds that loop. */
function markConditionBound(node: ts.BinaryExpression, ctx: AnalyzerContext<AgentLoopFact>): void {
  const top = open[open.length - 1]?.node;
  if (top && isLoopNode(top) && within(node, loopCondition(top))) {
    scopeOf(loops, top).bound ??= `condition ${ctx.text(node).slice(0, 60)}`;
  }
}

/** Loop kinds for facts. */
function loopKind(node: LoopNode): LoopFact["kind"] {
  if (ts.isWhileStatement(node)) return "while";
  return ts.isDoStatement(node) ? "do" : "for";
}

function emitFacts(ctx: AnalyzerContext<AgentLoopFact>): void {
  const byName = new Map<string, Scope>();
  for (const fn of functions.values()) if (fn.name && !byName.has(fn.name)) byName.set(fn.name, fn);
  const resolved = new Map<string, string | undefined>();
  const modelVia = (name: string, depth: number): string | undefined => {
    if (!anyModel) return undefined;
    if (resolved.has(name)) return resolved.get(name);
    const fn = byName.get(name);
    if (!fn || depth > 4) return undefined;
    resolved.set(name, undefined);
    let via = fn.modelCall;
    for (const c of fn.callees) {
      if (via) break;
      const inner = c !== name ? modelVia(c, depth + 1) : undefined;
      if (inner) via = `${c} -> ${inner}`;
    }
    resolved.set(name, via);
    return via;
  };
  for (const fn of functions.values()) for (const p of fn.passed ?? []) if (byName.has(p)) fn.callees.add(p);
  const file = ctx.file.path;
  for (const fn of functions.values()) {
    if (!fn.name) continue;
    if (!fn.bound && !fn.optIn) Object.assign(fn, calleeGuard(fn, byName));
    const model = modelVia(fn.name, 0);
    const line = model || fn.bound || fn.optIn || fn.recursive ? ctx.line(fn.node) : 0;
    // Names it calls that this file does not define: a limit enforced in another file may be among them.
    const calls = model ? [...fn.callees].filter((c) => !byName.has(c)).slice(0, 8) : [];
    if (model || fn.bound || fn.optIn) ctx.emit({ file, line, name: fn.name, modelCall: model, limitGuard: fn.bound, optIn: fn.optIn, ...(calls.length ? { calls } : {}) });
    if (fn.recursive && model) {
      ctx.emit({ file, line, kind: "recursion", endLine: line, modelCall: model, external: [], bound: fn.bound, optIn: fn.optIn, userPaced: false, inFunction: fn.name });
    } else if (fn.modelCall) {
      const cycle = helperRecursion(fn.name, byName);
      if (cycle) ctx.emit({ file, line, kind: "recursion", endLine: line, modelCall: fn.modelCall, external: [], ...cycle, userPaced: false });
    } else if (fn.rescheduled) {
      // The model is reached through another file (`service.generateMessage`): the rules resolve the names.
      const external: string[] = [];
      externalsOf(fn, byName, external, new Set([fn.name]), 0);
      ctx.emit({ file, line, kind: "recursion", endLine: line, external, bound: fn.bound, optIn: fn.optIn, userPaced: false, inFunction: fn.name });
    }
  }
  for (const loop of loops.values()) {
    if (!isLoopNode(loop.node)) continue;
    let model = loop.modelCall;
    const external: string[] = [];
    for (const c of loop.callees) {
      const local = byName.get(c);
      if (local) {
        const via = model ? undefined : modelVia(c, 0);
        if (via) model = `${c} -> ${via}`;
        if (local.userPaced && loop.everyTurn?.has(c)) loop.userPaced = true;
        if (local.bound) loop.bound ??= `${c}: ${local.bound}`;
        else if (local.optIn) loop.optIn ??= `${c}: ${local.optIn}`;
        // What a helper of this file calls elsewhere runs in the loop too (`processResponse` -> an imported client wrapper).
        if (!via) externalsOf(local, byName, external, new Set([c]), 0);
      } else if (external.length < MAX_EXTERNAL && !external.includes(c)) external.push(c);
    }
    if (!model && external.length === 0) continue;
    // A loop that returns the first successful response (`while (true) { try { return await client.chat() } catch { wait } }`)
    // retries one call on errors; the model never drives another turn.
    if (loop.modelCalls !== undefined && loop.modelCalls === loop.returnedCalls) loop.bound ??= "retry: returns the first successful response";
    const owner = enclosingName(loop.node);
    const endLine = ctx.sourceFile.getLineAndCharacterOfPosition(loop.node.end).line + 1;
    ctx.emit({ file, line: ctx.line(loop.node), endLine, kind: loopKind(loop.node), modelCall: model, external, bound: loop.bound, optIn: loop.optIn, userPaced: loop.userPaced, inFunction: owner });
  }
}

function enclosingName(loop: ts.Node): string | undefined {
  for (const fn of functions.values()) {
    if (fn.node.pos <= loop.pos && loop.end <= fn.node.end && fn.name) return fn.name;
  }
  return undefined;
}
