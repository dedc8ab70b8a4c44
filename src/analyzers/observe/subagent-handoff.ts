import { ts } from "ts-morph";
import { calleeName, dottedName, lastSegment, objectKeys } from "../../engine/ast.js";
import { AGENT_LIMIT_KEY } from "./agent-definitions.js";
import { toolGrant } from "./agent-tools.js";
import { initializerIn } from "./initializer-in.js";

/** A tool handler that hands a tool set to a runner defined in another file: `toolAgent(prompt, tools, config)`, `new Orchestrator(llm, tools)`. */
export interface ToolSetHandoff {
  tools: string;
  /** Functions and methods the handler calls: one of them must be an agent loop for this to be a sub-agent. */
  callees: string[];
  /** The tool set is the whole toolbox (`getTools()`, `context.tools`, `allTools`), not a role's subset. */
  whole: boolean;
  limits: string[];
  /** The handler starts work it does not wait for (`promise.then(...)` as a statement, `void run()`) and returns at once. */
  background: boolean;
}

const TOOLS_NAME = /tools$/i;
const TOOL_INSTANCE = /Tool$/;
/** A getter of every tool there is; a named subset (`getReadOnlyTools`, `toolsForRole`) does not match. */
const WHOLE_TOOLBOX = /^(?:get|create|build|load|make)(?:All|Default|Available|Base)?Tools$/;
const PER_RESPONSE = /^(?:maxTokens|max_tokens|maxOutputTokens)$/;

/** The tool set a handler passes to a call or constructor, with what it calls and the limits it passes along. */
export function toolSetHandoff(handler: ts.FunctionLikeDeclaration, sf: ts.SourceFile): ToolSetHandoff | undefined {
  const body = handler.body;
  if (!body) return undefined;
  const callees = new Set<string>();
  let handed: ts.Expression | undefined;
  let limits: string[] = [];
  let background = false;
  const visit = (n: ts.Node): void => {
    if (ts.isExpressionStatement(n) && isFireAndForget(n.expression)) background = true;
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const last = lastSegment(calleeName(n));
      if (last) callees.add(last);
      const args = n.arguments ?? [];
      const tools = handed ? undefined : args.find((a) => isToolSet(resolve(a, body, sf)));
      if (tools) {
        handed = resolve(tools, body, sf);
        limits = args.flatMap((a) => limitKeys(resolve(a, body, sf)));
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  if (!handed) return undefined;
  const tools = handed.getText(sf).replace(/\s+/g, " ").slice(0, 60);
  return { tools, callees: [...callees], whole: isWholeToolbox(handed), limits, background };
}

/** `run().then(...)` or `void run()` as a statement: nothing awaits it. */
function isFireAndForget(expr: ts.Expression): boolean {
  if (ts.isVoidExpression(expr)) return ts.isCallExpression(expr.expression);
  return ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "then";
}

/** `tools`, `readOnlyTools`, `this.tools`, or a list of tool instances (`[new ReadTool(ctx), new GlobTool(ctx)]`). */
function isToolSet(expr: ts.Expression): boolean {
  if (ts.isArrayLiteralExpression(expr)) {
    return expr.elements.length > 0 && expr.elements.every((e) => ts.isNewExpression(e) && TOOL_INSTANCE.test(lastSegment(calleeName(e)) ?? ""));
  }
  if (ts.isCallExpression(expr)) return TOOLS_NAME.test(lastSegment(calleeName(expr)) ?? "");
  const name = ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr) ? dottedName(expr) : undefined;
  return name !== undefined && TOOLS_NAME.test(lastSegment(name) ?? "");
}

function isWholeToolbox(expr: ts.Expression): boolean {
  if (ts.isCallExpression(expr)) return WHOLE_TOOLBOX.test(lastSegment(calleeName(expr)) ?? "");
  return toolGrant(expr).grant === "inherited";
}

/** A local `const tools = ...` or a module-level `const agentConfig = {...}` stands for its initializer. */
function resolve(expr: ts.Expression, scope: ts.Node, sf: ts.SourceFile): ts.Expression {
  if (!ts.isIdentifier(expr)) return expr;
  return initializerIn(scope, expr.text) ?? initializerIn(sf, expr.text) ?? expr;
}

/** Turn or step limits an options object passes along (`{ maxIterations: 200 }`); a per-response token cap is not one. */
function limitKeys(expr: ts.Expression): string[] {
  return ts.isObjectLiteralExpression(expr) ? objectKeys(expr).filter((k) => AGENT_LIMIT_KEY.test(k) && !PER_RESPONSE.test(k)) : [];
}
