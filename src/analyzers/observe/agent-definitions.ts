import { ts } from "ts-morph";
import { calleeName, enclosingClass, enclosingFunction, functionName, lastSegment, objectKeys, objectProperty, propertyNameText, stringValue } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { toolGrant, type ToolGrant } from "./agent-tools.js";
import { outsideProduct } from "./names.js";

/** An agent or role defined as data: in code (`new Agent({...})`, an agent definition object) or in Markdown front matter. */
export interface AgentDefinitionFact extends FactBase {
  name?: string;
  source: "code" | "markdown";
  grant: ToolGrant;
  tools: string[];
  /** Turn, step, time or token limits the definition sets. */
  limits: string[];
  /** It excludes the agent-spawning tool (disallowedTools: [Task]) or denies tools explicitly. */
  excludesTools: boolean;
  /** Under examples/, demo/, docs/, test support...: not the product. */
  example: boolean;
  /** Made by an agent constructor or factory (new Agent, createReactAgent), not just shaped like one. */
  factory: boolean;
  /** Created inside a function that spawns or delegates (a sub-agent made at run time). */
  spawned: boolean;
}

const AGENT_FACTORY =
  /^(?:Agent|createReactAgent|createAgent|ToolLoopAgent|Experimental_Agent|defineAgent|defineSubagent|createDeepAgent|createSubagent|createSubAgent|createDelegatedAgent|LlmAgent|ChatAgent|AgentExecutor|createToolCallingAgent|createOpenAIToolsAgent|createOpenAIFunctionsAgent|createStructuredChatAgent|initializeAgentExecutorWithOptions)$/;
const PROMPT_KEYS = ["instructions", "systemPrompt", "system_prompt", "prompt", "promptConfig", "system"];
const TOOL_KEYS = ["tools", "toolConfig", "allowedTools", "allowed_tools"];
const DENY_KEYS = ["disallowedTools", "disallowed_tools", "excludeTools", "excludedTools", "deniedTools"];
export const AGENT_LIMIT_KEY = /^(?:maxTurns|max_turns|maxSteps|max_steps|maxIterations|max_iterations|recursionLimit|maxTimeMinutes|maxTime\w*|timeoutMs|maxTokens|max_tokens|maxOutputTokens|stopWhen|maxBudget\w*|turnLimit|maxToolCalls|turnShare|tokenShare|turnBudget|tokenBudget)$/;
/** A table of roles keyed by name: agentConfigs, ROLES, subagentDefinitions. */
const ROLE_TABLE = /agent|role/i;
const MARKDOWN_AGENT_PATH = /(?:^|\/)(?:agents?|subagents?|roles?)\//i;
/** Skills (`.claude/skills/x/SKILL.md`) and slash commands load into the running agent; they start no agent of their own. */
const NOT_AGENT_PATH = /(?:^|\/)(?:skills|commands)\/|(?:^|\/)SKILL\.md$/i;

/** Finds agent and role definitions as data, with their tool grants and limits. */
export const agentDefinitions = defineAnalyzer<AgentDefinitionFact>({
  name: "agent-definitions",
  description: "agent and role definitions with their tools and limits",
  kinds: [ts.SyntaxKind.ObjectLiteralExpression],
  visit(node, ctx) {
    if (!ts.isObjectLiteralExpression(node) || node.properties.length < 2) return;
    const keys = objectKeys(node);
    const parent = ctx.ancestors[ctx.ancestors.length - 1];
    const factory = parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.[0] === node ? lastSegment(calleeName(parent)) : undefined;
    const byFactory = factory !== undefined && AGENT_FACTORY.test(factory) && keys.some((k) => TOOL_KEYS.includes(k) || PROMPT_KEYS.includes(k));
    const byShape = keys.includes("name") && keys.some((k) => PROMPT_KEYS.includes(k)) && keys.some((k) => TOOL_KEYS.includes(k) || DENY_KEYS.includes(k));
    const keyed = byFactory || byShape ? undefined : keyedDefinitionName(node, keys, ctx.ancestors);
    if (!byFactory && !byShape && keyed === undefined) return;
    const toolsKey = TOOL_KEYS.find((k) => keys.includes(k));
    const { grant, names } = toolGrant(toolsKey ? objectProperty(node, toolsKey) : undefined);
    const denied = DENY_KEYS.find((k) => keys.includes(k));
    ctx.emit({
      file: ctx.file.path,
      line: ctx.line(node),
      name: keyed ?? stringValue(objectProperty(node, "name")),
      source: "code",
      grant: denied && grant !== "list" ? "filtered" : grant,
      tools: names,
      limits: limitKeys(node),
      excludesTools: denied !== undefined || names.length > 0 && !names.some((n) => isAgentToolName(n)),
      example: outsideProduct(ctx.file.path),
      factory: byFactory,
      spawned: isSpawnSite(ctx.file.path, ctx.ancestors),
    });
  },
  markdown(ctx) {
    const fm = ctx.frontMatter;
    if (!fm || typeof fm.name !== "string" || NOT_AGENT_PATH.test(ctx.file.path)) return;
    const keys = Object.keys(fm);
    const agentish = keys.some((k) => ["tools", "disallowedTools", "maxTurns", "model", "permissionMode"].includes(k));
    if (!agentish && !MARKDOWN_AGENT_PATH.test(ctx.file.path)) return;
    const tools = listValue(fm.tools);
    const denied = listValue(fm.disallowedTools);
    const grant: ToolGrant = tools.includes("*") ? "inherited" : tools.length > 0 ? "list" : denied.length > 0 ? "filtered" : "inherited";
    ctx.emit({
      file: ctx.file.path,
      line: frontMatterLine(ctx.file.text, "name"),
      name: fm.name,
      source: "markdown",
      grant,
      tools,
      limits: keys.filter((k) => AGENT_LIMIT_KEY.test(k)),
      excludesTools: denied.length > 0 || (grant === "list" && !tools.some(isAgentToolName)),
      example: outsideProduct(ctx.file.path),
      factory: false,
      spawned: false,
    });
  },
});

const SPAWN_SITE = /sub-?agent|spawn|delegat|child|fork|handoff/i;

function isSpawnSite(path: string, ancestors: readonly ts.Node[]): boolean {
  const fn = enclosingFunction(ancestors);
  if (!fn) return false;
  const name = functionName(fn, ancestors[ancestors.indexOf(fn) - 1]) ?? "";
  const tail = path.split("/").slice(-2).join("/");
  return SPAWN_SITE.test(name) || SPAWN_SITE.test(tail) || SPAWN_SITE.test(enclosingClass(ancestors)?.name?.text ?? "");
}

/**
 * Roles keyed by name: the Claude Agent SDK's `agents: { reviewer: { description, prompt, tools } }`,
 * or an app's role table `const agentConfigs = { researcher: { systemPrompt, tools } }`.
 */
function keyedDefinitionName(node: ts.ObjectLiteralExpression, keys: string[], ancestors: readonly ts.Node[]): string | undefined {
  if (!keys.some((k) => PROMPT_KEYS.includes(k))) return undefined;
  const sdkShape = keys.includes("description") && keys.some((k) => TOOL_KEYS.includes(k) || DENY_KEYS.includes(k) || k === "model");
  const tableShape = keys.some((k) => TOOL_KEYS.includes(k));
  if (!sdkShape && !tableShape) return undefined;
  const n = ancestors.length;
  const own = ancestors[n - 1];
  const outer = ancestors[n - 3];
  if (!own || !outer || !ts.isPropertyAssignment(own)) return undefined;
  const container = ts.isPropertyAssignment(outer) ? propertyNameText(outer.name) : ts.isVariableDeclaration(outer) && ts.isIdentifier(outer.name) ? outer.name.text : undefined;
  if (container === undefined) return undefined;
  const named = container === "agents" || container === "subagents" || (tableShape && ROLE_TABLE.test(container));
  return named ? propertyNameText(own.name) : undefined;
}

/** 1-based line of a top-level front matter key, so findings point at the definition. */
function frontMatterLine(text: string, key: string): number {
  const lines = text.split("\n", 60);
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}

function isAgentToolName(name: string): boolean {
  return /^(?:agent|task|spawn_?agent|sub_?agent|delegate)$/i.test(name);
}

function listValue(value: unknown): string[] {
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** Limit keys set in the definition or one level down (runConfig: { maxTurns }). */
function limitKeys(obj: ts.ObjectLiteralExpression): string[] {
  const out: string[] = [];
  for (const p of obj.properties) {
    const key = propertyNameText(p.name);
    if (key && AGENT_LIMIT_KEY.test(key)) out.push(key);
    if (ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer)) {
      for (const inner of objectKeys(p.initializer)) if (AGENT_LIMIT_KEY.test(inner)) out.push(inner);
    }
  }
  return out;
}

