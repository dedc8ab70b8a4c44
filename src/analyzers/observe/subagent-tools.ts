import { ts } from "ts-morph";
import { calleeName, enclosingFunction, enclosingFunctionName, findDescendant, isFunctionLike, lastSegment, objectKeys, propertyNameText } from "../../engine/ast.js";
import { defineAnalyzer, type AnalyzerContext, type FactBase } from "../../engine/analyzer.js";
import { isModelCallNode } from "../common/model-calls.js";
import { matchTool } from "../tools/tool-shape.js";
import { AGENT_LIMIT_KEY } from "./agent-definitions.js";
import { isAgentToolName } from "./agent-tools.js";
import { toolSetHandoff } from "./subagent-handoff.js";
import { outsideProduct } from "./names.js";

/**
 * A tool whose handler runs a model with a tool set of its own: a sub-agent behind a tool (Claude Code's Task,
 * an `agent` tool that calls `streamText({ tools: WORKER_TOOLS, maxSteps })`).
 */
export interface SubagentToolFact extends FactBase {
  name?: string;
  /** The tool set the sub-agent gets, as written (`AGENT_TOOLS`, `readOnlyTools`). */
  tools: string;
  /** It gets the same collection the tool itself is in: a clone of the parent. */
  clone: boolean;
  /** Turn, step or token limit keys on the sub-agent's model call. */
  limits: string[];
  example: boolean;
  /**
   * The model call is not in this file: the handler hands its tool set to these functions (`toolAgent`, `processMessage`).
   * It is a sub-agent when one of them is an agent loop, or when the tool is named for spawning (`sub_agent`, `task`).
   */
  via?: string[];
  /** The tool's own name says it spawns an agent (`agent`, `task`, `sub_agent`). */
  agentNamed?: boolean;
  /** The handler returns before the sub-agent ends: several can run at once. */
  background?: boolean;
}

interface ModelToolCall {
  pos: number;
  /** The function around the call, when it is named: tools that call it by name start this sub-agent. */
  fn?: ts.FunctionLikeDeclaration;
  fnName?: string;
  tools: ts.Expression;
  limits: string[];
}

let calls: ModelToolCall[] = [];
const PER_RESPONSE = /^(?:maxTokens|max_tokens|maxOutputTokens)$/;

/** Finds tools that start a sub-agent: their handler reaches a model call that passes its own tools. */
export const subagentTools = defineAnalyzer<SubagentToolFact>({
  name: "subagent-tools",
  description: "tools whose handler runs a sub-agent with its own tool set and limits",
  kinds: [ts.SyntaxKind.CallExpression],
  enterFile() {
    calls = [];
  },
  visit(node, ctx) {
    if (!ts.isCallExpression(node) || !isModelCallNode(node)) return;
    for (const arg of node.arguments) {
      if (!ts.isObjectLiteralExpression(arg)) continue;
      const toolsProp = arg.properties.find((p) => propertyNameText(p.name) === "tools");
      if (!toolsProp) continue;
      const tools = ts.isPropertyAssignment(toolsProp) ? toolsProp.initializer : ts.isShorthandPropertyAssignment(toolsProp) ? toolsProp.name : undefined;
      if (!tools) continue;
      const fn = enclosingFunction(ctx.ancestors);
      const fnName = enclosingFunctionName(ctx.ancestors);
      // max_tokens bounds one response, not the sub-agent's run.
      const limits = objectKeys(arg).filter((k) => AGENT_LIMIT_KEY.test(k) && !PER_RESPONSE.test(k));
      calls.push({ pos: node.pos, fn, fnName, tools, limits });
    }
  },
  leaveFile(ctx) {
    // Without a model call here, only a handler handing its tools to an agent elsewhere can start a sub-agent.
    if (calls.length === 0 && !/agent/i.test(ctx.file.text)) return;
    const ancestors: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      const m = matchTool(node, ancestors, ctx.sourceFile);
      const handler = m && (m.handler ?? templateHandler(node));
      if (m && handler) emitIfSubagent(handler, m.name, node, ancestors, ctx);
      ancestors.push(node);
      ts.forEachChild(node, visit);
      ancestors.pop();
    };
    visit(ctx.sourceFile);
  },
});

function emitIfSubagent(
  handler: ts.FunctionLikeDeclaration,
  name: string | undefined,
  node: ts.Node,
  ancestors: readonly ts.Node[],
  ctx: AnalyzerContext<SubagentToolFact>,
): void {
  const holder = holderName(ancestors);
  const within = (n: ts.Node): boolean => n.pos >= handler.pos && n.end <= handler.end;
  // A model call with tools inside the handler itself.
  const direct = calls.find((c) => c.pos >= handler.pos && c.pos < handler.end);
  let tools: ts.Expression | undefined = direct?.tools;
  let limits = direct?.limits ?? [];
  if (!direct) {
    // Or in a function of this file the handler calls by name: `createAgent(task, PROMPT, AGENT_TOOLS)`.
    const callSites = new Map<string, ts.CallExpression>();
    const collect = (n: ts.Node): void => {
      if (ts.isCallExpression(n)) {
        const last = lastSegment(calleeName(n));
        if (last && !callSites.has(last)) callSites.set(last, n);
      }
      ts.forEachChild(n, collect);
    };
    if (handler.body) collect(handler.body);
    for (const c of calls) {
      const site = c.fnName ? callSites.get(c.fnName) : undefined;
      if (!site || !c.fn || within(c.fn)) continue;
      tools = argumentFor(c.tools, c.fn, site) ?? c.tools;
      limits = c.limits;
      break;
    }
  }
  if (!tools) {
    emitHandoff(handler, name, node, ctx);
    return;
  }
  // Inline tools with no step limit (`tools: { web_search: ... }`) make one search or extraction call, not an agent.
  if (inline(tools) && limits.length === 0) return;
  const text = ctx.text(tools).slice(0, 60);
  ctx.emit({
    file: ctx.file.path,
    line: ctx.line(node),
    name,
    tools: text,
    clone: holder !== undefined && text === holder,
    limits,
    example: outsideProduct(ctx.file.path),
  });
}

/** The handler hands a tool set to a runner in another file; rules decide from the agent loops whether it is a sub-agent. */
function emitHandoff(handler: ts.FunctionLikeDeclaration, name: string | undefined, node: ts.Node, ctx: AnalyzerContext<SubagentToolFact>): void {
  const handoff = toolSetHandoff(handler, ctx.sourceFile);
  if (!handoff) {
    if (name !== undefined && spawnsUnseenAgent(handler, name)) {
      // `Delegate` -> `delegator.delegate(task)`: an agent starts elsewhere with tools this file does not show.
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), name, tools: "tools not shown here", clone: true, limits: [], example: outsideProduct(ctx.file.path), agentNamed: true });
    }
    return;
  }
  ctx.emit({
    file: ctx.file.path,
    line: ctx.line(node),
    name,
    tools: handoff.tools,
    clone: handoff.whole,
    limits: handoff.limits,
    example: outsideProduct(ctx.file.path),
    via: handoff.callees,
    agentNamed: name !== undefined && isAgentToolName(name),
    background: handoff.background,
  });
}

/** Tool names that say the tool starts another agent (`Delegate`, `start_agent`, `ask_subagent`, `spawn`). */
const SPAWN_TOOL_NAME =
  /^(?:delegate(?:_?task)?|(?:spawn|start|create|launch|run|new|ask|call|invoke)_?(?:sub_?|background_?|child_?)?agents?|(?:spawn|start|ask|run)_?(?:background_?)?sub_?agents?|sub_?agents?|spawn)$/i;
/** A call in the handler that makes or reaches an agent: `createAgent(...)`, `delegator.delegate(task)`, `new ResearchAgent(...)`, `toolAskSubagent(...)`. */
const AGENT_CALL = /agent|delegat|spawn/i;

function spawnsUnseenAgent(handler: ts.FunctionLikeDeclaration, name: string): boolean {
  if (!(SPAWN_TOOL_NAME.test(name) || isAgentToolName(name)) || !handler.body) return false;
  return findDescendant(handler.body, (n) => (ts.isCallExpression(n) || ts.isNewExpression(n)) && (AGENT_CALL.test(lastSegment(calleeName(n)) ?? "") || runsWithTools(n))) !== undefined;
}

/** `chat(messages, { systemPrompt, tools: opts.tools, maxToolRounds: 15 })`: a model run with a tool set of its own. */
function runsWithTools(call: ts.CallExpression | ts.NewExpression): boolean {
  return (call.arguments ?? []).some((a) => {
    const keys = ts.isObjectLiteralExpression(a) ? objectKeys(a) : [];
    return keys.includes("tools") && keys.some((k) => /^(?:system|systemPrompt|instructions|prompt|messages|max\w*)$/.test(k));
  });
}

/** A tool class whose base `execute` calls a hook the subclass fills in (`executeImpl`, `_run`). */
const HOOK_METHOD = /^_?(?:execute|run|call|invoke|handle)[A-Z_]\w*$/;

function templateHandler(node: ts.Node): ts.MethodDeclaration | undefined {
  if (!ts.isClassDeclaration(node) && !ts.isClassExpression(node)) return undefined;
  return node.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.body !== undefined && HOOK_METHOD.test(propertyNameText(m.name) ?? ""));
}

function inline(tools: ts.Expression): boolean {
  return ts.isObjectLiteralExpression(tools) || ts.isArrayLiteralExpression(tools);
}

/** When the tools passed to the model are a parameter of the function, the argument the call site gives it. */
function argumentFor(tools: ts.Expression, fn: ts.FunctionLikeDeclaration, site: ts.CallExpression): ts.Expression | undefined {
  if (!ts.isIdentifier(tools)) return undefined;
  const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === tools.text);
  return index >= 0 ? site.arguments[index] : undefined;
}

/** The variable holding the collection a tool is declared in (`PARENT_TOOLS = { agent: tool({...}) }`). */
function holderName(ancestors: readonly ts.Node[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (a && ts.isVariableDeclaration(a) && ts.isIdentifier(a.name)) return a.name.text;
    if (a && isFunctionLike(a)) return undefined;
  }
  return undefined;
}
