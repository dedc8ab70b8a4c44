import { ts } from "ts-morph";

/** The static name of a property, or undefined when it is computed. */
export function propertyNameText(name: ts.PropertyName | ts.MemberName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/**
 * Dotted name of an expression made of identifiers, `this` and property accesses:
 * `this.client.messages.create` for the callee of `this.client.messages.create(...)`.
 * Calls inside the chain are kept as `()`: `getClient().send`.
 */
export function dottedName(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (expr.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (expr.kind === ts.SyntaxKind.SuperKeyword) return "super";
  if (ts.isPropertyAccessExpression(expr)) {
    const left = dottedName(expr.expression);
    const right = propertyNameText(expr.name);
    return left && right ? `${left}.${right}` : right;
  }
  if (ts.isElementAccessExpression(expr) && ts.isStringLiteralLike(expr.argumentExpression)) {
    const left = dottedName(expr.expression);
    return left ? `${left}.${expr.argumentExpression.text}` : expr.argumentExpression.text;
  }
  if (ts.isCallExpression(expr)) {
    const inner = dottedName(expr.expression);
    return inner ? `${inner}()` : undefined;
  }
  if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr) || ts.isAsExpression(expr)) {
    return dottedName(expr.expression);
  }
  if (ts.isAwaitExpression(expr)) return dottedName(expr.expression);
  return undefined;
}

/** Dotted callee name of a call or `new` expression. */
export function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  return dottedName(call.expression);
}

/** Last segment of a dotted name: `create` for `client.messages.create`. */
export function lastSegment(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const i = name.lastIndexOf(".");
  return (i < 0 ? name : name.slice(i + 1)).replace(/\(\)$/, "");
}

/** Keys of an object literal that have static names (spreads and computed keys skipped). */
export function objectKeys(obj: ts.ObjectLiteralExpression): string[] {
  const keys: string[] = [];
  for (const p of obj.properties) {
    const key = propertyNameText(p.name);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/** The value node of a property in an object literal (or the method itself for method shorthand). */
export function objectProperty(obj: ts.ObjectLiteralExpression, key: string): ts.Node | undefined {
  for (const p of obj.properties) {
    if (propertyNameText(p.name) !== key) continue;
    if (ts.isPropertyAssignment(p)) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p)) return p.name;
    return p;
  }
  return undefined;
}

/** The value of a string-like literal (including a template with no substitutions). */
export function stringValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  return undefined;
}

/** True for any function-like node that has a body. */
export function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** The nearest function-like ancestor, searching from the innermost. */
export function enclosingFunction(ancestors: readonly ts.Node[]): ts.FunctionLikeDeclaration | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node && isFunctionLike(node)) return node;
  }
  return undefined;
}

/**
 * The nearest function-like ancestor, looking through promise executors: the code after
 * `await new Promise((resolve) => ask(resolve))` runs in the function that awaits it.
 */
export function awaitingFunction(ancestors: readonly ts.Node[]): ts.FunctionLikeDeclaration | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (!node || !isFunctionLike(node)) continue;
    const parent = ancestors[i - 1];
    const executor = parent !== undefined && ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === "Promise";
    if (!executor) return node;
  }
  return undefined;
}

/** The name of the nearest function-like ancestor (see functionName), if it has one. */
export function enclosingFunctionName(ancestors: readonly ts.Node[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node && isFunctionLike(node)) return functionName(node, ancestors[i - 1]);
  }
  return undefined;
}

/** The nearest class ancestor. */
export function enclosingClass(ancestors: readonly ts.Node[]): ts.ClassLikeDeclaration | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node && (ts.isClassDeclaration(node) || ts.isClassExpression(node))) return node;
  }
  return undefined;
}

/**
 * A readable name for a function: its own name, the method or property it is assigned to,
 * or the variable that holds it.
 */
export function functionName(fn: ts.Node, parent: ts.Node | undefined): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name) return fn.name.text;
  if (ts.isMethodDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn)) {
    return propertyNameText(fn.name);
  }
  if (ts.isConstructorDeclaration(fn)) return "constructor";
  if (!parent) return undefined;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return propertyNameText(parent.name);
  return undefined;
}

/** Depth-first search below a node (the node itself included); stops at the first match. */
export function findDescendant(root: ts.Node, predicate: (node: ts.Node) => boolean): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (predicate(node)) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** Every node below a node (the node itself included) that matches. */
export function collectDescendants<T extends ts.Node>(root: ts.Node, predicate: (node: ts.Node) => node is T): T[] {
  const out: T[] = [];
  const visit = (node: ts.Node): void => {
    if (predicate(node)) out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return out;
}

/** Splits an identifier into lower-case words: `maxSessionTurns` -> [max, session, turns]. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Names of the parameters of a function, destructured names included. */
export function parameterNames(fn: ts.SignatureDeclarationBase): string[] {
  const names: string[] = [];
  const add = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const el of name.elements) if (!ts.isOmittedExpression(el)) add(el.name);
  };
  for (const p of fn.parameters) add(p.name);
  return names;
}
