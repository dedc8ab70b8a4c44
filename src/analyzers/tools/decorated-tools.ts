import { ts } from "ts-morph";
import { calleeName, dottedName, lastSegment, objectKeys, objectProperty, propertyNameText } from "../../engine/ast.js";
import { APPROVAL_KEYS, RISK_KEYS, SCHEMA_KEYS } from "./names.js";
import { keyHints, literal } from "./tool-variants.js";
import type { ToolMatch } from "./tool-shape.js";

/**
 * Decorators that expose a method to the model: typedai's `@func()`, NestJS MCP's `@Tool({...})`,
 * Semantic Kernel's `@kernelFunction`, and the `@tool` / `@llmTool` of smaller frameworks.
 */
const TOOL_DECORATOR = /^(?:func|tool|Tool|McpTool|mcpTool|FunctionTool|functionTool|AiTool|aiTool|llmTool|LlmTool|LLMTool|AgentTool|agentTool|kernelFunction|KernelFunction|ToolMethod|toolMethod|aiFunction|AiFunction)$/;

/** The tool decorator on a method, if any: `@func()`, `@Tool({ name, description, parameters })`. */
function toolDecorator(method: ts.MethodDeclaration): ts.Decorator | undefined {
  for (const mod of method.modifiers ?? []) {
    if (!ts.isDecorator(mod)) continue;
    const expr = mod.expression;
    const name = ts.isCallExpression(expr) ? lastSegment(calleeName(expr)) : ts.isIdentifier(expr) ? expr.text : undefined;
    if (name && TOOL_DECORATOR.test(name)) return mod;
  }
  return undefined;
}

/** Whether a comment right before the node documents it (`/** Installs a package ... *\/`), which decorator tools use as their description. */
function hasDocComment(node: ts.Node, sf: ts.SourceFile): boolean {
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  return ranges.some((r) => sf.text.startsWith("/**", r.pos));
}

/** A method a decorator declares as a tool; its parameters are what the model chooses. */
export function matchDecorated(method: ts.MethodDeclaration, ancestors: readonly ts.Node[], sf: ts.SourceFile): ToolMatch | undefined {
  if (!method.body) return undefined;
  const decorator = toolDecorator(method);
  if (!decorator) return undefined;
  const options = ts.isCallExpression(decorator.expression) ? decorator.expression.arguments[0] : undefined;
  const opts = options && ts.isObjectLiteralExpression(options) ? options : undefined;
  const keys = opts ? objectKeys(opts) : [];
  const cls = ancestors[ancestors.length - 1];
  const expr = decorator.expression;
  const typedParams = method.parameters.length > 0 && method.parameters.every((p) => p.type !== undefined);
  return {
    node: method,
    style: "decorator",
    via: `@${ts.isCallExpression(expr) ? lastSegment(calleeName(expr)) : dottedName(expr)}`,
    name: (opts ? literal(objectProperty(opts, "name")) : undefined) ?? propertyNameText(method.name),
    className: cls && ts.isClassLike(cls) ? cls.name?.text : undefined,
    hasDescription: keys.includes("description") || hasDocComment(method, sf),
    hasSchema: keys.some((k) => SCHEMA_KEYS.has(k)) || typedParams,
    riskHints: keyHints(keys, RISK_KEYS),
    approvalHints: keyHints(keys, APPROVAL_KEYS),
    handler: method,
    readOnly: opts !== undefined && objectProperty(opts, "readOnly")?.kind === ts.SyntaxKind.TrueKeyword,
  };
}
