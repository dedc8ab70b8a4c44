import { ts } from "ts-morph";
import { isFunctionLike } from "../../engine/ast.js";
import { callLast } from "../common/call-info.js";
import { namesIn } from "./bounds.js";
import { limitKind } from "./words.js";

// What one call inside a loop or function says about how the loop is bounded.

/** Whether a node lies within another (by position; parent pointers are not set). */
export function within(node: ts.Node, outer: ts.Node | undefined): boolean {
  return outer !== undefined && outer.pos <= node.pos && node.end <= outer.end;
}

/** Whether a call sits in an if-branch or a conditional inside the loop body (not in a condition itself). */
export function conditionalIn(call: ts.Node, loop: ts.Node, ancestors: readonly ts.Node[]): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const n = ancestors[i];
    if (!n || n === loop) return false;
    if (ts.isIfStatement(n) && !within(call, n.expression)) return true;
    if (ts.isConditionalExpression(n) && !within(call, n.condition)) return true;
  }
  return false;
}

const SDK_LIMIT_KEYS = new Set(["maxSteps", "maxTurns", "maxIterations", "recursionLimit", "max_turns", "max_steps"]);

/** An SDK call whose own tool loop is told never to stop: `stopWhen: isLoopFinished()`, `maxSteps: Infinity`. */
export function endlessSdkLoop(call: ts.CallExpression): string | undefined {
  for (const arg of call.arguments) {
    if (!ts.isObjectLiteralExpression(arg)) continue;
    for (const p of arg.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) continue;
      const key = p.name.text;
      const value = p.initializer;
      if (key === "stopWhen" && ts.isCallExpression(value) && callLast(value) === "isLoopFinished") return "stopWhen: isLoopFinished()";
      const infinite = (ts.isIdentifier(value) && value.text === "Infinity") || (ts.isPropertyAccessExpression(value) && value.name.text === "POSITIVE_INFINITY");
      if (SDK_LIMIT_KEYS.has(key) && infinite) return `${key}: Infinity`;
    }
  }
  return undefined;
}

export function isLoopLimitArgument(arg: ts.Expression): boolean {
  if (!ts.isIdentifier(arg) && !ts.isPropertyAccessExpression(arg) && !ts.isCallExpression(arg)) return false;
  const kind = namesIn(arg, 8).map(limitKind).find(Boolean);
  return kind === "turns" || kind === "tokens" || kind === "cost";
}

export function limitArgument(call: ts.CallExpression): string {
  for (const arg of call.arguments) for (const n of namesIn(arg, 8)) if (limitKind(n)) return n;
  return "";
}

/** `depth + 1`, `turnsLeft - 1`, `++n`: a recursive call that threads a counter. */
export function isCounterStep(arg: ts.Expression): boolean {
  // this.generate({ ...options, numRetries: numRetries - 1 }): the counter travels in an options object.
  if (ts.isObjectLiteralExpression(arg)) return arg.properties.some((p) => ts.isPropertyAssignment(p) && isCounterStep(p.initializer));
  if (ts.isBinaryExpression(arg)) {
    const op = arg.operatorToken.kind;
    return (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.MinusToken) && ts.isNumericLiteral(arg.right);
  }
  return ts.isPrefixUnaryExpression(arg) || ts.isPostfixUnaryExpression(arg);
}

/** Whether a call is the value of a `return` (through await and parentheses) that leaves the loop's own function. */
export function returnedIn(loop: ts.Node, ancestors: readonly ts.Node[]): boolean {
  let i = ancestors.length - 1;
  while (i >= 0 && (ts.isAwaitExpression(ancestors[i] as ts.Node) || ts.isParenthesizedExpression(ancestors[i] as ts.Node))) i--;
  const ret = ancestors[i];
  if (!ret || !ts.isReturnStatement(ret)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const a = ancestors[j];
    if (a === loop) return true;
    if (!a || isFunctionLike(a)) return false;
  }
  return false;
}

/**
 * Whether a function expression runs where it is written: an argument of a call (`retry(() => ...)`),
 * a property of an object passed to a call (`retry({ func: () => ... })`), or called at once (`(async () => ...)()`).
 */
export function runsInPlace(node: ts.Node, ancestors: readonly ts.Node[]): boolean {
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return false;
  let child: ts.Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const anc = ancestors[i];
    if (!anc) return false;
    if (ts.isParenthesizedExpression(anc)) {
      child = anc;
      continue;
    }
    if (ts.isCallExpression(anc)) return true;
    if (ts.isPropertyAssignment(anc) && anc.initializer === child) {
      const obj = ancestors[i - 1];
      return obj !== undefined && ts.isObjectLiteralExpression(obj) && ancestors[i - 2] !== undefined && ts.isCallExpression(ancestors[i - 2] as ts.Node);
    }
    return false;
  }
  return false;
}

const IMMEDIATE = new Set(["setImmediate", "nextTick", "queueMicrotask"]);

/**
 * A callback scheduled to run at once (`setImmediate(() => this.runIteration(id))`, `setTimeout(fn, 0)`): the
 * next iteration of the code it names. A delayed timer is a periodic job, each run a fresh one.
 */
export function rescheduled(fn: ts.Node, parent: ts.Node | undefined): boolean {
  if ((!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) || !parent || !ts.isCallExpression(parent)) return false;
  const last = callLast(parent) ?? "";
  if (IMMEDIATE.has(last)) return true;
  const delay = parent.arguments[1];
  return last === "setTimeout" && (delay === undefined || (ts.isNumericLiteral(delay) && Number(delay.text) === 0));
}
