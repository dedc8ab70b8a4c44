import { ts } from "ts-morph";
import { enclosingFunction, isFunctionLike, propertyNameText } from "../../engine/ast.js";
import { calleeLastName, DECISION_CALL } from "./names.js";

/** One function of a name-to-function map that a call picks by a computed name (`TOOL_MAP[toolName](input)`). */
export interface MapMember {
  /** The key the model names the function by. */
  key: string;
  /** The function literal, or the name it refers to (local or imported). */
  fn?: ts.FunctionLikeDeclaration;
  ref?: string;
  /** Arguments the picking call passes: each one carries the model's input. */
  args: number;
  /** A permission decision runs before the call in the same function. */
  governed: boolean;
  call: ts.CallExpression;
}

/** Names of maps whose functions are tools the model picks (`TOOL_MAP`, `availableFunctions`, `handlers`). */
const MAP_NAME = /tool|function|handler|action|command|capabilit/i;

/** Cheap first test: some map of that name is declared with an object literal. */
const MAP_DECLARATION = /(?:tool|function|handler|action|command|capabilit)\w*\s*(?::[^=\n]{0,80})?=\s*\{/i;

/** `{ executeCommand, fetchPage: fetchAndSave, run: async (x) => ... }` bound to a name: its function members by key. */
function functionMembers(obj: ts.ObjectLiteralExpression): Map<string, { fn?: ts.FunctionLikeDeclaration; ref?: string }> {
  const out = new Map<string, { fn?: ts.FunctionLikeDeclaration; ref?: string }>();
  for (const p of obj.properties) {
    if (ts.isShorthandPropertyAssignment(p)) out.set(p.name.text, { ref: p.name.text });
    else if (ts.isPropertyAssignment(p)) {
      const key = propertyNameText(p.name);
      if (!key) continue;
      if (ts.isIdentifier(p.initializer)) out.set(key, { ref: p.initializer.text });
      else if (isFunctionLike(p.initializer)) out.set(key, { fn: p.initializer });
    } else if (ts.isMethodDeclaration(p)) {
      const key = propertyNameText(p.name);
      if (key) out.set(key, { fn: p });
    }
  }
  return out;
}

function decidedBefore(call: ts.CallExpression, fn: ts.Node | undefined): boolean {
  if (!fn) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || n.pos >= call.pos) return;
    if (ts.isCallExpression(n) && DECISION_CALL.test(calleeLastName(n.expression) ?? "")) found = true;
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn, visit);
  return found;
}

/**
 * Functions picked from a map by a computed name and called with what came with the name:
 * `TOOL_MAP[parsed.tool_name](parsed.input)`, or `const fn = availableFunctions[call.name]; fn(args)`.
 * Each function is then a tool handler whose parameters are model-chosen.
 */
export function mapDispatches(sf: ts.SourceFile): MapMember[] {
  if (!MAP_DECLARATION.test(sf.text) || (!sf.text.includes("](") && !/=\s*[\w$.]+\[[^\]]+\]\s*[;\n]/.test(sf.text))) return [];
  const maps = new Map<string, Map<string, { fn?: ts.FunctionLikeDeclaration; ref?: string }>>();
  const picked = new Map<string, string>();
  const out: MapMember[] = [];
  const ancestors: ts.Node[] = [];
  const mapOf = (expr: ts.Expression): string | undefined =>
    ts.isElementAccessExpression(expr) && ts.isIdentifier(expr.expression) && !ts.isStringLiteralLike(expr.argumentExpression) && maps.has(expr.expression.text)
      ? expr.expression.text
      : undefined;
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      if (ts.isObjectLiteralExpression(n.initializer) && MAP_NAME.test(n.name.text)) {
        const members = functionMembers(n.initializer);
        if (members.size >= 2) maps.set(n.name.text, members);
      } else {
        const map = mapOf(n.initializer);
        if (map) picked.set(n.name.text, map);
      }
    } else if (ts.isCallExpression(n) && n.arguments.length > 0) {
      const map = mapOf(n.expression) ?? (ts.isIdentifier(n.expression) ? picked.get(n.expression.text) : undefined);
      const members = map ? maps.get(map) : undefined;
      if (members) {
        const governed = decidedBefore(n, enclosingFunction(ancestors));
        for (const [key, m] of members) if (!out.some((o) => o.key === key)) out.push({ key, ...m, args: n.arguments.length, governed, call: n });
      }
    }
    ancestors.push(n);
    ts.forEachChild(n, visit);
    ancestors.pop();
  };
  visit(sf);
  return out;
}
