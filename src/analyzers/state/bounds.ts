import { ts } from "ts-morph";
import { isFunctionLike, propertyNameText } from "../../engine/ast.js";
import { isCounterName, limitKind, type LimitKind } from "./words.js";

const RELATIONAL = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);
const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken]);

let collected: string[] = [];
let collectLimit = 40;

/** One visitor for every namesIn call (no closure per call: comparisons and calls are hot). */
function collectNames(node: ts.Node): void {
  if (collected.length >= collectLimit || isFunctionLike(node)) return;
  if (ts.isIdentifier(node)) collected.push(node.text);
  else if (ts.isPropertyAccessExpression(node)) {
    const name = propertyNameText(node.name);
    if (name) collected.push(name);
    collectNames(node.expression);
    return;
  }
  ts.forEachChild(node, collectNames);
}

/** Names of identifiers and properties inside a small expression (operands of a comparison). */
export function namesIn(expr: ts.Node, limit = 40): string[] {
  const outer = collected;
  const outerLimit = collectLimit;
  collected = [];
  collectLimit = limit;
  collectNames(expr);
  const out = collected;
  collected = outer;
  collectLimit = outerLimit;
  return out;
}

function positiveLiteral(expr: ts.Expression): boolean {
  return ts.isNumericLiteral(expr) && Number(expr.text) > 0;
}

/** The limit a comparison enforces, if it compares a counter or usage with a cap. */
export function comparisonLimit(node: ts.BinaryExpression): LimitKind | undefined {
  return comparisonLimitNamed(node)?.kind;
}

/**
 * The limit a comparison enforces and the first limit name among the first 40 names of the
 * comparison (what `namesIn(node)` would find), from one pass over its operands.
 */
export function comparisonLimitNamed(node: ts.BinaryExpression): { kind: LimitKind; name?: string } | undefined {
  const op = node.operatorToken.kind;
  const relational = RELATIONAL.has(op);
  if (!relational && !EQUALITY.has(op)) return undefined;
  const names = namesIn(node.left);
  for (const n of namesIn(node.right)) names.push(n);
  for (let i = 0; i < names.length; i++) {
    const n = names[i] ?? "";
    const kind = limitKind(n);
    if (kind) return { kind, name: i < 40 ? n : undefined };
  }
  if (!relational) return undefined;
  const literal = positiveLiteral(node.left) || positiveLiteral(node.right);
  if (literal && names.some(isCounterName)) return { kind: "turns" };
  return undefined;
}

/**
 * Whether a loop condition compares a counter with a bound: `i < history.length`, `turn <= max`.
 * `queue.length > 0` and `x !== 0` only test for remaining work, which the model can keep adding.
 */
export function conditionLimit(node: ts.BinaryExpression): boolean {
  if (!RELATIONAL.has(node.operatorToken.kind)) return false;
  const zero = (e: ts.Expression): boolean => ts.isNumericLiteral(e) && Number(e.text) === 0;
  return !zero(node.left) && !zero(node.right);
}

/** Whether a relational operator token is one a bound comparison can use (for cheap prefiltering). */
export function isComparisonOperator(kind: ts.SyntaxKind): boolean {
  return RELATIONAL.has(kind) || EQUALITY.has(kind);
}

/** Whether a statement leaves the loop or function: break, return or throw (nested functions excluded). */
export function exits(stmt: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || isFunctionLike(node)) return;
    if (ts.isBreakStatement(node) || ts.isReturnStatement(node) || ts.isThrowStatement(node)) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(stmt);
  return found;
}

/** A loop statement an agent can run in (for-of and for-in are bounded by their collection). */
export type LoopNode = ts.WhileStatement | ts.DoStatement | ts.ForStatement;

export function isLoopNode(node: ts.Node): node is LoopNode {
  const k = node.kind;
  return k === ts.SyntaxKind.WhileStatement || k === ts.SyntaxKind.DoStatement || k === ts.SyntaxKind.ForStatement;
}

/** The condition of a loop, if it has one. */
export function loopCondition(loop: LoopNode): ts.Expression | undefined {
  return ts.isForStatement(loop) ? loop.condition : loop.expression;
}

/**
 * A limit value tested for being set: `max`, `max > 0`, `max >= 0`, `max !== undefined`. A `!== null` test is not
 * one: null is the value a caller sets on purpose to turn a limit off, so the limit has a value otherwise.
 */
function testsSet(expr: ts.Expression, limitName: string): boolean {
  let e = expr;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const unset = isUnsetValue;
    const setTest =
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsToken ||
      op === ts.SyntaxKind.GreaterThanToken ||
      op === ts.SyntaxKind.GreaterThanEqualsToken;
    return setTest && (unset(e.right) || unset(e.left)) && namesIn(e).includes(limitName);
  }
  return namesIn(e).includes(limitName);
}

/** The other operands of the `&&`/`||` chain a node sits in, innermost first (parentheses looked through). */
function* logicalSiblings(node: ts.Node, ancestors: readonly ts.Node[]): Generator<{ op: ts.SyntaxKind; other: ts.Expression }> {
  let child: ts.Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const anc = ancestors[i];
    if (anc && ts.isParenthesizedExpression(anc)) {
      child = anc;
      continue;
    }
    if (!anc || !ts.isBinaryExpression(anc)) return;
    const op = anc.operatorToken.kind;
    if (op !== ts.SyntaxKind.AmpersandAmpersandToken && op !== ts.SyntaxKind.BarBarToken) return;
    yield { op, other: anc.left === child ? anc.right : anc.left };
    child = anc;
  }
}

/** `max > 0` in `max > 0 && n >= max` (or `max === 0` in `max === 0 || n < max`) tests whether the limit is on; it bounds nothing itself. */
export function isSetTest(node: ts.BinaryExpression, limitName: string, ancestors: readonly ts.Node[]): boolean {
  const set = testsSet(node, limitName);
  if (!set && !testsUnset(node, limitName)) return false;
  const joins = set ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken;
  for (const { op, other } of logicalSiblings(node, ancestors)) return op === joins && namesIn(other).includes(limitName);
  return false;
}

/**
 * Whether a limit comparison only applies when the limit is set (`opts?.maxSteps && step >= opts.maxSteps`,
 * `maxTurns > 0 && turns > maxTurns`, or `max === 0 || n < max`, off at 0). Whether the limit has a default
 * is told apart later (see limit-defaults). `ancestors` are the comparison's ancestors, innermost last.
 */
export function optInLimit(node: ts.BinaryExpression, limitName: string, ancestors: readonly ts.Node[]): boolean {
  for (const { op, other } of logicalSiblings(node, ancestors)) {
    if (op === ts.SyntaxKind.AmpersandAmpersandToken ? testsSet(other, limitName) : testsUnset(other, limitName)) return true;
  }
  return false;
}

/** `!max`, `max === 0`, `max <= 0`, `max === undefined`: the limit tested for being off. */
function testsUnset(expr: ts.Expression, limitName: string): boolean {
  let e = expr;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return namesIn(e.operand).includes(limitName);
  if (!ts.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  const offTest =
    op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.LessThanEqualsToken || op === ts.SyntaxKind.LessThanToken;
  return offTest && (isUnsetValue(e.right) || isUnsetValue(e.left)) && namesIn(e).includes(limitName);
}

function isUnsetValue(x: ts.Expression): boolean {
  return (
    (ts.isNumericLiteral(x) && Number(x.text) === 0) ||
    (ts.isIdentifier(x) && x.text === "undefined") ||
    (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.MinusToken)
  );
}
