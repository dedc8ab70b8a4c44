import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { ts } from "ts-morph";
import { isFunctionLike, objectProperty, parameterNames, propertyNameText } from "../../engine/ast.js";
import { matchTool, TOOL_NODE_KINDS, type ToolStyle } from "./tool-shape.js";

/** A tool the model can call, declared as data or as a tool class. */
export interface ToolDeclarationFact extends FactBase {
  /** Static tool name, when the source spells it. */
  name?: string;
  style: ToolStyle;
  /** Helper or base class it goes through (`tool`, `createTool`, `BaseDeclarativeTool`, `server.tool`). */
  via?: string;
  className?: string;
  /** The variable or property holding the declaration (a hint of what the tool does when the name is dynamic). */
  binding?: string;
  hasDescription: boolean;
  hasSchema: boolean;
  /** Risk metadata keys present (readOnly, destructiveHint, kind...). */
  riskHints: string[];
  /** Approval keys or methods present (needsApproval, shouldConfirmExecute...). */
  approvalHints: string[];
  /** The function that runs the tool, when it is in the declaration. */
  handler?: { line: number; name?: string; params: string[] };
  /** Offset of the innermost branch or function around it: declarations in different branches are alternatives. */
  scope: number;
}

/** The innermost if/else branch, conditional branch, case clause or function around a node. */
function branchScope(ancestors: readonly ts.Node[]): number {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    const child = ancestors[i + 1];
    if (!node) continue;
    if (isFunctionLike(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) return node.pos;
    if (child && ts.isIfStatement(node) && (child === node.thenStatement || child === node.elseStatement)) return child.pos;
    if (child && ts.isConditionalExpression(node) && (child === node.whenTrue || child === node.whenFalse)) return child.pos;
  }
  return 0;
}

/**
 * The only tool of a request that forces it by name (`tools: [x], tool_choice: { type: "function", function: { name } }`)
 * is a schema for structured output, not a tool the agent chooses to call.
 */
function forcedOutputSchema(ancestors: readonly ts.Node[]): boolean {
  for (let i = ancestors.length - 1; i >= 1; i--) {
    const list = ancestors[i];
    const prop = ancestors[i - 1];
    const request = ancestors[i - 2];
    if (!list || !ts.isArrayLiteralExpression(list)) continue;
    if (!prop || !ts.isPropertyAssignment(prop) || propertyNameText(prop.name) !== "tools") return false;
    if (!request || !ts.isObjectLiteralExpression(request) || list.elements.length !== 1) return false;
    const choice = objectProperty(request, "tool_choice") ?? objectProperty(request, "toolChoice");
    return choice !== undefined && ts.isObjectLiteralExpression(choice);
  }
  return false;
}

/** Finds tool declarations: options objects, tool helpers, MCP registrations, tool classes. */
export const toolDeclarations = defineAnalyzer<ToolDeclarationFact>({
  name: "tool-declarations",
  description: "tools declared as data (name, description, schema) with their handlers and risk metadata",
  kinds: [...TOOL_NODE_KINDS],
  visit(node, ctx) {
    const m = matchTool(node, ctx.ancestors, ctx.sourceFile);
    if (!m || forcedOutputSchema(ctx.ancestors)) return;
    ctx.emit({
      file: ctx.file.path,
      line: ctx.line(node),
      name: m.name,
      style: m.style,
      via: m.via,
      className: m.className,
      binding: m.binding,
      hasDescription: m.hasDescription,
      hasSchema: m.hasSchema,
      riskHints: m.riskHints,
      approvalHints: m.approvalHints,
      handler: m.handler ? { line: ctx.line(m.handler), name: m.handlerRef, params: parameterNames(m.handler) } : m.handlerRef ? { line: ctx.line(node), name: m.handlerRef, params: [] } : undefined,
      scope: branchScope(ctx.ancestors),
    });
  },
});
