import { ts } from "ts-morph";
import { dottedName, lastSegment, objectProperty, stringValue } from "../../engine/ast.js";

/** How an agent's tools are given: an explicit list, a filtered set, the parent's tools, or a reference we cannot see. */
export type ToolGrant = "list" | "filtered" | "inherited" | "reference" | "none";

const AGENT_TOOL_LITERAL = /^(?:agent|task|spawn_?agent|sub_?agent|delegate|delegate_task|dispatch_agent|run_agent|launch_agent|new_task)$/i;
const AGENT_TOOL_CONSTANT = /^(?:(?:AGENT|TASK|SPAWN_AGENT|SUBAGENT|SUB_AGENT|DELEGATE)_TOOL(?:_NAME)?|(?:Agent|Task|SpawnAgent|Subagent|Delegate)Tool(?:Name)?)$/;
const INHERITED_NAME = /^(?:all|parent|inherit|base|every|available|default)\w*|^(?:this|context|ctx|parent|options|opts|config)\.(?:tools|allTools)$/i;

const GENERIC_TOOLS = /^(?:tools|toolList|toolset|toolSet|parentTools)$/;

/** Whether a tool name is the usual name of an agent-spawning tool (`agent`, `task`, `sub_agent`, `delegate`). */
export function isAgentToolName(name: string): boolean {
  return AGENT_TOOL_LITERAL.test(name);
}

/** Whether an expression names the tool that spawns agents (`'agent'`, `Kind.Agent`, `TASK_TOOL_NAME`). */
export function isAgentToolRef(expr: ts.Expression): boolean {
  const text = stringValue(expr);
  if (text !== undefined) return AGENT_TOOL_LITERAL.test(text);
  const tail = ts.isIdentifier(expr) ? expr.text : ts.isPropertyAccessExpression(expr) ? expr.name.text : undefined;
  if (tail === undefined || !(tail === "Agent" || tail === "name" || AGENT_TOOL_CONSTANT.test(tail))) return false;
  const name = dottedName(expr);
  if (!name) return false;
  if (/(?:^|\.)Kind\.Agent$/.test(name)) return true;
  if (tail === "name") return AGENT_TOOL_CONSTANT.test(lastSegment(name.slice(0, -5)) ?? "");
  return AGENT_TOOL_CONSTANT.test(tail);
}

/**
 * A spread that copies the parent's tools (`...parent.tools`, `...allTools`, `...tools` handed in),
 * unlike a named subset spread into an explicit list (`[...READ_TOOLS, "shell"]`).
 */
function inheritsParent(expr: ts.Expression): boolean {
  const name = dottedName(expr) ?? "";
  return INHERITED_NAME.test(name) || GENERIC_TOOLS.test(lastSegment(name) ?? "");
}

/** Names in a tool list: identifiers, strings and the names of calls that build tools. */
export function toolNames(list: ts.ArrayLiteralExpression): string[] {
  const names: string[] = [];
  for (const el of list.elements) {
    const s = stringValue(el);
    if (s !== undefined) names.push(s);
    else if (ts.isSpreadElement(el)) names.push(`...${lastSegment(dottedName(el.expression)) ?? "tools"}`);
    else if (ts.isCallExpression(el)) names.push(lastSegment(dottedName(el.expression)) ?? "tool");
    else names.push(lastSegment(dottedName(el)) ?? "tool");
  }
  return names;
}

/** Classifies the `tools` value of an agent definition. */
export function toolGrant(value: ts.Node | undefined): { grant: ToolGrant; names: string[] } {
  if (!value) return { grant: "none", names: [] };
  if (ts.isArrayLiteralExpression(value)) {
    if (value.elements.some((e) => ts.isSpreadElement(e) && inheritsParent(e.expression))) return { grant: "inherited", names: [] };
    const names = toolNames(value);
    if (names.includes("*")) return { grant: "inherited", names: [] };
    return { grant: names.length > 0 ? "list" : "none", names };
  }
  if (ts.isObjectLiteralExpression(value)) {
    const inner = objectProperty(value, "tools");
    if (inner) return toolGrant(inner);
    return { grant: "list", names: [] };
  }
  if (ts.isCallExpression(value)) {
    const callee = lastSegment(dottedName(value.expression)) ?? "";
    if (/filter|pick|select|only|without|omit|restrict|allow|by(?:category|kind|group|role|name)|for(?:role|agent)/i.test(callee)) return { grant: "filtered", names: [] };
    return { grant: "reference", names: [] };
  }
  if (ts.isExpression(value)) {
    const name = dottedName(value) ?? "";
    return { grant: INHERITED_NAME.test(name) ? "inherited" : "reference", names: [] };
  }
  return { grant: "reference", names: [] };
}
