import { ts } from "ts-morph";
import { calleeName, dottedName, isFunctionLike } from "../../engine/ast.js";
import { toolNameExpression } from "./dispatch.js";

/** The function that dispatches by tool name around a node; not the handler of a non-tool MCP request (prompts are user-chosen). */
export function dispatcherAround(ancestors: readonly ts.Node[]): ts.FunctionLikeDeclaration | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const n = ancestors[i];
    if (!n || !isFunctionLike(n)) continue;
    const parent = ancestors[i - 1];
    if (parent && ts.isCallExpression(parent) && parent.arguments[1] === n && !callToolHandler(parent) && /\.setRequestHandler$/.test(calleeName(parent) ?? "")) return undefined;
    return n;
  }
  return undefined;
}

const EQUALS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken]);
export const EQUALS_OR_NOT = new Set([...EQUALS, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** `name === "bash"` (or, as a guard clause, `name !== "run_code"`): a condition that picks a tool by its name. */
export function comparesToolName(cond: ts.Expression, ops: ReadonlySet<ts.SyntaxKind> = EQUALS): boolean {
  if (!ts.isBinaryExpression(cond)) return false;
  if (!ops.has(cond.operatorToken.kind)) return false;
  const other = ts.isStringLiteralLike(cond.right) ? cond.left : ts.isStringLiteralLike(cond.left) ? cond.right : undefined;
  return other !== undefined && toolNameExpression(other) !== undefined;
}

/** The tool a sink is dispatched for: `case "bash":`, or `if (name === "bash")` around it. */
export function caseLabel(ancestors: readonly ts.Node[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const n = ancestors[i];
    if (n && ts.isCaseClause(n) && ts.isStringLiteralLike(n.expression)) return n.expression.text;
    if (n && ts.isIfStatement(n) && ancestors[i + 1] === n.thenStatement && comparesToolName(n.expression) && ts.isBinaryExpression(n.expression)) {
      const { left, right } = n.expression;
      const label = ts.isStringLiteralLike(right) ? right : ts.isStringLiteralLike(left) ? left : undefined;
      if (label) return label.text;
    }
    if (n && isFunctionLike(n)) return undefined;
  }
  return undefined;
}

/** `server.setRequestHandler(CallToolRequestSchema, async (request) => ...)`: a low-level MCP server's tool handler. */
export function callToolHandler(call: ts.CallExpression): ts.FunctionLikeDeclaration | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "setRequestHandler") return undefined;
  const schema = call.arguments[0];
  const fn = call.arguments[1];
  if (!schema || !fn || !/(?:^|\.)CallToolRequestSchema$/.test(dottedName(schema) ?? "")) return undefined;
  return isFunctionLike(fn) ? fn : undefined;
}

/** Type names that say a function runs a tool call: `ToolHandler<"run_terminal_command">`, `ToolExecuteFunction`. */
const TOOL_HANDLER_TYPE = /^(?:[A-Z]\w*)?Tool\w*(?:Handler|Executor|Execute|ExecuteFunction|Fn|Impl|Implementation)$|^ToolCallback$/;

/** `const handleRun: ToolHandler<"run"> = async (params) => ...`: a function typed as a tool's handler. */
export function typedToolHandler(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  if (!ts.isVariableDeclaration(node) || !node.type || !node.initializer || !isFunctionLike(node.initializer)) return undefined;
  const type = node.type;
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  return TOOL_HANDLER_TYPE.test(name) ? node.initializer : undefined;
}
