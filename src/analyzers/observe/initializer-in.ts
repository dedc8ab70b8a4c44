import { ts } from "ts-morph";

/** The initializer of the first variable of that name declared under a node (`const tools = ...` in a function body). */
export function initializerIn(scope: ts.Node, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) found = n.initializer;
    else ts.forEachChild(n, visit);
  };
  visit(scope);
  return found;
}
