import { ts } from "ts-morph";

/** The plain counter a limit comparison tests (`turnsCount` in `turnsCount > maxTurns`), when one side is an identifier. */
export function comparedCounter(node: ts.BinaryExpression, limitName: string): string | undefined {
  const side = (e: ts.Expression): string | undefined => (ts.isIdentifier(e) && e.text !== limitName ? e.text : undefined);
  const left = side(node.left);
  const right = side(node.right);
  if (left && !right && ts.isIdentifier(node.right) && node.right.text === limitName) return left;
  if (right && !left && ts.isIdentifier(node.left) && node.left.text === limitName) return right;
  return undefined;
}

function isDecrement(node: ts.Node, counter: string): boolean {
  if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && node.operator === ts.SyntaxKind.MinusMinusToken) {
    return ts.isIdentifier(node.operand) && node.operand.text === counter;
  }
  if (!ts.isBinaryExpression(node) || !ts.isIdentifier(node.left) || node.left.text !== counter) return false;
  const op = node.operatorToken.kind;
  return op === ts.SyntaxKind.MinusEqualsToken || (op === ts.SyntaxKind.EqualsToken && ts.isNumericLiteral(node.right) && Number(node.right.text) === 0);
}

/**
 * Whether a loop also counts its counter back (`turnsCount--` after each approved tool call, or
 * `hops = 0` when the limit is hit): the comparison can then never stop it, so it is no bound.
 */
export function countsBack(loop: ts.Node, counter: string): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (isDecrement(n, counter)) found = true;
    else ts.forEachChild(n, visit);
  };
  // `for (i = 0; i < max; i++)`: the initializer starts the count, it does not reset it.
  const start = ts.isForStatement(loop) ? loop.initializer : undefined;
  ts.forEachChild(loop, (n) => (n === start ? undefined : visit(n)));
  return found;
}
