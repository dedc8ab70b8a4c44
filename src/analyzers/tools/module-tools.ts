import { ts } from "ts-morph";
import { isFunctionLike } from "../../engine/ast.js";
import { isHandlerKey, SCHEMA_KEYS } from "./names.js";
import { isExported } from "./shell-summaries.js";
import type { ToolMatch } from "./tool-shape.js";

/** Top-level bindings of a file: functions and the initializers of consts, by local name. */
function topLevel(sf: ts.SourceFile): Map<string, ts.Node> {
  const out = new Map<string, ts.Node>();
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) out.set(st.name.text, st);
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) out.set(d.name.text, d.initializer);
    }
  }
  return out;
}

/** Exported name -> local name: `export const x`, `export function x`, `export { a as b }`, `module.exports = { a }`. */
function exportsOf(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && isExported(st)) out.set(st.name.text, st.name.text);
    else if (ts.isVariableStatement(st) && isExported(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.set(d.name.text, d.name.text);
    } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) out.set(el.name.text, (el.propertyName ?? el.name).text);
    } else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const { left, right } = st.expression;
      if (left.getText(sf) === "module.exports" && ts.isObjectLiteralExpression(right)) {
        for (const p of right.properties) {
          if (ts.isShorthandPropertyAssignment(p)) out.set(p.name.text, p.name.text);
          else if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && ts.isIdentifier(p.initializer)) out.set(p.name.text, p.initializer.text);
        }
      }
    }
  }
  return out;
}

/**
 * A module that is itself a tool: it exports a name, a description or schema, and a handler
 * (`export { name, schema, handler }`, then `import * as Bash from "./bash-tool.js"` in the tool list).
 */
export function moduleTool(sf: ts.SourceFile): ToolMatch | undefined {
  if (!/\bexport\b|module\.exports/.test(sf.text)) return undefined;
  const exported = exportsOf(sf);
  if (!exported.has("name")) return undefined;
  const hasDescription = exported.has("description");
  const hasSchema = [...exported.keys()].some((k) => SCHEMA_KEYS.has(k) || k === "schema");
  if (!hasDescription && !hasSchema) return undefined;
  const handlerName = [...exported.keys()].find(isHandlerKey);
  if (!handlerName) return undefined;
  const bindings = topLevel(sf);
  const value = bindings.get(exported.get(handlerName) ?? "");
  const handler = value && isFunctionLike(value) ? value : undefined;
  if (!handler) return undefined;
  const nameValue = bindings.get(exported.get("name") ?? "");
  return {
    node: handler,
    style: "object",
    name: nameValue && ts.isStringLiteralLike(nameValue) ? nameValue.text : undefined,
    hasDescription,
    hasSchema,
    riskHints: [],
    approvalHints: [],
    handler,
    readOnly: false,
  };
}
