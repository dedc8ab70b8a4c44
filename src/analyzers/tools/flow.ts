import { ts } from "ts-morph";
import { calleeName, lastSegment } from "../../engine/ast.js";
import { toolNameExpression } from "./dispatch.js";
import { DECISION_CALL, HOOK_GATE, POLICY_RECEIVER, POST_HOOK, PROMPT_CALL, VALIDATOR_CALL } from "./names.js";
import type { SinkMatch } from "./shell-sinks.js";
import { argumentSeeds, closeTaint, fileContentTaint, parameterSeeds, taintedIn, type Taint } from "./taint.js";

/** Where model input enters a file: a tool handler, a dispatch function, or the body around a tool_use block. */
export interface Entry {
  fn: ts.FunctionLikeDeclaration;
  taint: Taint;
  tool?: string;
  /** The tool asks for approval through its own declaration (needsApproval, shouldConfirmExecute). */
  governed: boolean;
  /** The tool declares itself read-only, which permission gates usually let through unasked. */
  readOnly?: boolean;
}

/** A path from an entry to a sink along which model input reaches the sink's input. */
export interface Flow {
  sink: SinkMatch;
  entry: Entry;
  /** The tainted name or expression that reaches the sink. */
  param: string;
  /** Functions crossed between the entry and the sink, entry first. */
  through: string[];
  /** A permission or validation call before the sink, if any. */
  guard?: string;
}

/** A call, from an entry, to a function not defined in this file, with model input in some arguments. */
export interface ExternalCall {
  entry: Entry;
  call: ts.CallExpression;
  /** Last name of the callee (`runProcess`, `exec` of `executor.exec`). */
  name: string;
  /** The callee is a plain identifier (not a method), so its import names the defining file. */
  plain: boolean;
  positions: number[];
  guard?: string;
}

interface Step {
  fn: ts.FunctionLikeDeclaration;
  pos: number;
}

const MAX_DEPTH = 3;

function isGuardCall(call: ts.CallExpression): string | undefined {
  const callee = calleeName(call);
  const last = lastSegment(callee);
  if (!callee || !last) return undefined;
  if (DECISION_CALL.test(last) || VALIDATOR_CALL.test(last) || PROMPT_CALL.test(last)) return callee;
  if (/^(?:check|evaluate|decide|verify)$/.test(last) && POLICY_RECEIVER.test(callee)) return callee;
  return undefined;
}

/** `const pre = await executePreToolHooks("bash", input)`: a pre-tool hook whose verdict is kept can block the call. */
function blockingHook(call: ts.CallExpression, holder: ts.Node): string | undefined {
  const last = lastSegment(calleeName(call));
  if (!last || !HOOK_GATE.test(last) || POST_HOOK.test(last) || ts.isExpressionStatement(holder)) return undefined;
  return calleeName(call);
}

function exitsEarly(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || ts.isFunctionLike(n)) return;
    if (ts.isThrowStatement(n) || ts.isReturnStatement(n)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** A script file the sink runs whose content was written from model input (`writeFile(tmp, code); spawn("node", [tmp])`). */
function scriptTaint(sink: SinkMatch, taint: Taint): string | undefined {
  for (const script of sink.scripts ?? []) {
    if (ts.isIdentifier(script) && taint.names.has(fileContentTaint(script.text))) return `code written to ${script.text}`;
  }
  return undefined;
}

/** What one function body contains that matters for flows. */
interface BodyScan {
  calls: (ts.CallExpression | ts.NewExpression)[];
  guards: { pos: number; name: string }[];
  ifs: ts.IfStatement[];
}

function scanBody(fn: ts.FunctionLikeDeclaration): BodyScan {
  const out: BodyScan = { calls: [], guards: [], ifs: [] };
  const visit = (node: ts.Node, parent: ts.Node, grand: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      out.calls.push(node);
      const guard = ts.isCallExpression(node) ? (isGuardCall(node) ?? blockingHook(node, ts.isAwaitExpression(parent) ? grand : parent)) : undefined;
      if (guard) out.guards.push({ pos: node.pos, name: guard });
    } else if (ts.isIfStatement(node)) out.ifs.push(node);
    ts.forEachChild(node, (child) => visit(child, node, parent));
  };
  if (fn.body) visit(fn.body, fn, fn);
  return out;
}

/**
 * Whether a function checks parameter `i` before returning it or its parts: a permission, approval or
 * validation call in its body, or an `if` testing the parameter that throws or returns
 * (`prepareCommand(cmd)` that calls `assertAllowedCommand(bin)` first).
 */
export function checksParameter(fn: ts.FunctionLikeDeclaration, i: number): boolean {
  const body = scanBody(fn);
  if (body.guards.length > 0) return true;
  const taint = fn.body ? closeTaint(fn.body, { names: parameterSeeds(fn, [i]), prefixes: [] }) : undefined;
  return taint !== undefined && body.ifs.some((x) => hasCheck(x.expression) && taintedIn(x.expression, taint, true) !== undefined && exitsEarly(x.thenStatement));
}

/**
 * Follows model input from entries to sinks through locals and up to MAX_DEPTH calls of
 * same-file functions (matched by name), noting a guard that runs before the sink.
 */
export class FlowTracer {
  private readonly scans = new Map<ts.Node, BodyScan>();
  private readonly flows: Flow[] = [];
  readonly externals: ExternalCall[] = [];

  constructor(
    private readonly sinks: ReadonlyMap<ts.Node, SinkMatch>,
    private readonly functions: ReadonlyMap<string, readonly ts.FunctionLikeDeclaration[]>,
    private readonly labels: ReadonlyMap<ts.Node, string>,
  ) {}

  trace(entries: readonly Entry[]): Flow[] {
    this.flows.length = 0;
    this.externals.length = 0;
    for (const entry of entries) {
      if (!entry.fn.body) continue;
      this.explore(entry, entry.fn, closeTaint(entry.fn.body, entry.taint), [], 0);
    }
    return this.flows;
  }

  /** Last names of the functions a body calls. */
  callees(fn: ts.FunctionLikeDeclaration): string[] {
    return this.scan(fn).calls.flatMap((c) => {
      const name = ts.isCallExpression(c) ? lastSegment(calleeName(c)) : undefined;
      return name ? [name] : [];
    });
  }

  private scan(fn: ts.FunctionLikeDeclaration): BodyScan {
    let s = this.scans.get(fn);
    if (!s) {
      s = scanBody(fn);
      this.scans.set(fn, s);
    }
    return s;
  }

  private explore(entry: Entry, fn: ts.FunctionLikeDeclaration, taint: Taint, chain: readonly Step[], depth: number): void {
    const body = this.scan(fn);
    for (const call of body.calls) {
      const sink = this.sinks.get(call);
      if (sink) {
        const param = sink.inputs.map((i) => taintedIn(i, taint)).find((p) => p !== undefined) ?? scriptTaint(sink, taint);
        if (!param) continue;
        const steps = [...chain, { fn, pos: call.pos }];
        this.flows.push({ sink, entry, param, through: steps.map((s) => this.labels.get(s.fn) ?? fnLabel(s.fn)), guard: this.guardOn(steps, taint) });
        continue;
      }
      if (depth >= MAX_DEPTH || !ts.isCallExpression(call) || call.arguments.length === 0) continue;
      const name = lastSegment(calleeName(call));
      if (!name) continue;
      const targets = this.functions.get(name);
      const positions = call.arguments.flatMap((a, i) => (taintedIn(a, taint) ? [i] : []));
      if (positions.length === 0) continue;
      if (!targets) {
        const steps = [...chain, { fn, pos: call.pos }];
        this.externals.push({ entry, call, name, plain: ts.isIdentifier(call.expression), positions, guard: this.guardOn(steps, taint) });
        continue;
      }
      for (const target of targets) {
        if (target === fn || chain.some((s) => s.fn === target) || !target.body) continue;
        const seeds = argumentSeeds(target, call.arguments, positions, taint);
        this.explore(entry, target, closeTaint(target.body, seeds), [...chain, { fn, pos: call.pos }], depth + 1);
      }
    }
  }

  private guardOn(steps: readonly Step[], taint: Taint): string | undefined {
    for (const step of steps) {
      const body = this.scan(step.fn);
      const guard = body.guards.find((g) => g.pos < step.pos);
      if (guard) return guard.name;
      const denyList = body.ifs.find(
        (i) =>
          i.pos < step.pos && hasCheck(i.expression) && !toolNameCheck(i.expression) && taintedIn(i.expression, taint, true) !== undefined && exitsEarly(i.thenStatement),
      );
      if (denyList) return "a deny-list check";
    }
    return undefined;
  }
}

/** A condition that tests a value (regex test, includes, startsWith, some) rather than only its presence. */
function hasCheck(cond: ts.Expression): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isRegularExpressionLiteral(n)) found = true;
    else if (ts.isCallExpression(n) && /^(?:test|includes|startsWith|some|match|has|every)$/.test(lastSegment(calleeName(n)) ?? "")) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(cond);
  return found;
}

/**
 * `!toolNames.includes(toolName)`, `DISABLED_TOOLS.includes(name)`: a check of which tool runs, not of what it is
 * given. Whether the tool exists or is switched on, once it runs the model's command is not looked at.
 */
function toolNameCheck(cond: ts.Expression): boolean {
  let call: ts.Expression = cond;
  while (ts.isPrefixUnaryExpression(call) || ts.isParenthesizedExpression(call)) call = ts.isPrefixUnaryExpression(call) ? call.operand : call.expression;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
  if (!/^(?:includes|has)$/.test(call.expression.name.text)) return false;
  const arg = call.arguments[0];
  return arg !== undefined && toolNameExpression(arg) !== undefined;
}

function fnLabel(fn: ts.FunctionLikeDeclaration): string {
  if (fn.name && (ts.isIdentifier(fn.name) || ts.isStringLiteral(fn.name))) return fn.name.text;
  return "(anonymous)";
}
