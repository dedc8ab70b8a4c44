import { ts } from "ts-morph";
import { calleeName, dottedName, enclosingClass, enclosingFunction, enclosingFunctionName, findDescendant, objectProperty, propertyNameText } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { initializerIn } from "./initializer-in.js";
import { calleeLast, outsideProduct } from "./names.js";

/** Work handed to several agents at once: parallel runs, several handoff targets, a supervisor or swarm. */
export interface FanOutFact extends FactBase {
  kind: "parallel" | "handoffs" | "supervisor" | "orchestrator" | "children" | "routed" | "team";
  detail: string;
  example: boolean;
  /** Parallel calls of the enclosing function itself (sub-researchers that are copies of the agent): an agent only if it reaches a model. */
  selfCall?: string;
}

const AGENT_WORD = /agent|subagent|worker|researcher|expert|specialist/i;
const RUN_METHOD = /^(?:run|invoke|execute|spawn|delegate|stream|start|call)\w*$/i;
/** Classes and functions that hand work to agents in turn: an orchestrator, a pipeline, a crew. */
const ORCHESTRATOR = /orchestrat|supervis|coordinat|crew|swarm|pipeline/i;
const SUPERVISOR = new Set(["createSupervisor", "createSwarm", "createNetwork", "createTeam", "createOrchestrator", "createCrew"]);

/** Finds fan-out to several agents. */
export const fanOut = defineAnalyzer<FanOutFact>({
  name: "fan-out",
  description: "fan-out to several agents",
  kinds: [
    ts.SyntaxKind.CallExpression,
    ts.SyntaxKind.PropertyAssignment,
    ts.SyntaxKind.ClassDeclaration,
    ts.SyntaxKind.InterfaceDeclaration,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.NewExpression,
    ts.SyntaxKind.VariableDeclaration,
  ],
  visit(node, ctx) {
    const at = () => ({ file: ctx.file.path, line: ctx.line(node), example: outsideProduct(ctx.file.path) });
    if (ts.isVariableDeclaration(node)) {
      const routed = routedAgent(node, ctx.ancestors);
      if (routed) ctx.emit({ ...at(), kind: "routed", detail: routed });
      return;
    }
    if (ts.isNewExpression(node)) {
      const child = childAgentClass(node, ctx.ancestors);
      if (child) ctx.emit({ ...at(), kind: "children", detail: `${child} creates child ${child}s` });
      return;
    }
    if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) {
      const team = teamMember(node);
      if (team) ctx.emit({ ...at(), kind: "team", detail: team });
    }
    if (ts.isClassDeclaration(node) || ts.isFunctionDeclaration(node)) {
      const name = node.name?.text;
      if (!name || !ORCHESTRATOR.test(name)) return;
      const run = findDescendant(node, isAgentRun);
      if (run && ts.isCallExpression(run)) ctx.emit({ ...at(), kind: "orchestrator", detail: `${name} runs ${calleeName(run) ?? "agents"}` });
      return;
    }
    if (ts.isPropertyAssignment(node)) {
      const key = propertyNameText(node.name);
      if ((key === "handoffs" || key === "agents") && ts.isArrayLiteralExpression(node.initializer) && node.initializer.elements.length >= 2) {
        ctx.emit({ ...at(), kind: "handoffs", detail: key });
      }
      return;
    }
    if (!ts.isCallExpression(node)) return;
    const last = calleeLast(node);
    // agent.handoffs.push(a, b, c), often through a cast: handoff targets added after the agents are built.
    if (last === "push" && node.arguments.length >= 2 && ts.isPropertyAccessExpression(node.expression) && pushesHandoffs(node.expression.expression)) {
      ctx.emit({ ...at(), kind: "handoffs", detail: "handoffs.push" });
      return;
    }
    if (!last || !(last === "all" || last === "allSettled" || SUPERVISOR.has(last))) return;
    const callee = calleeName(node) ?? last;
    if (SUPERVISOR.has(last)) {
      const opts = node.arguments[0];
      const agents = opts && ts.isObjectLiteralExpression(opts) ? objectProperty(opts, "agents") : undefined;
      if (!agents || !ts.isArrayLiteralExpression(agents) || agents.elements.length >= 2) ctx.emit({ ...at(), kind: "supervisor", detail: callee });
      return;
    }
    if (callee !== "Promise.all" && callee !== "Promise.allSettled") return;
    const arg = node.arguments[0];
    if (!arg) return;
    // `const runs = tasks.map(async (t) => agent.invoke(t)); await Promise.all(runs)`: look where the list was built.
    const source = ts.isIdentifier(arg) ? localInitializer(arg.text, ctx.ancestors) ?? arg : arg;
    const agentRun = findDescendant(source, isAgentRun);
    if (agentRun && ts.isCallExpression(agentRun)) {
      ctx.emit({ ...at(), kind: "parallel", detail: calleeName(agentRun) ?? "agent run" });
      return;
    }
    const own = enclosingFunctionName(ctx.ancestors);
    if (own && findDescendant(source, (n) => ts.isCallExpression(n) && (calleeName(n) === own || calleeName(n) === `this.${own}`))) {
      ctx.emit({ ...at(), kind: "parallel", detail: `parallel copies of ${own}`, selfCall: own });
    }
  },
});

const TEAM_WORK = /^(?:tasks?|goal|objective|rootAgent|manager|leader|supervisor|coordinator|process|workflow|plan|steps)$/;

/**
 * A team type the product defines: its `agents` member holds a list of agents (`agents: Agent[]`, `Array<BaseAgent>`)
 * beside the work they share (tasks, a goal, a lead agent), the shape of a crew. A config listing agents to load is no team.
 */
export function teamMember(node: ts.InterfaceDeclaration | ts.ClassDeclaration): string | undefined {
  const keys = node.members.map((m) => (m.name ? propertyNameText(m.name) : undefined));
  if (!keys.some((k) => k !== undefined && TEAM_WORK.test(k))) return undefined;
  for (const m of node.members) {
    if (!(ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) || propertyNameText(m.name) !== "agents" || !m.type) continue;
    const element = ts.isArrayTypeNode(m.type)
      ? m.type.elementType
      : ts.isTypeReferenceNode(m.type) && ts.isIdentifier(m.type.typeName) && /^(?:Readonly)?Array$/.test(m.type.typeName.text)
        ? m.type.typeArguments?.[0]
        : undefined;
    const typeName = element && ts.isTypeReferenceNode(element) ? (ts.isIdentifier(element.typeName) ? element.typeName.text : element.typeName.right.text) : "";
    if (/Agent$/.test(typeName)) return `${node.name?.text ?? "team"}.agents`;
  }
  return undefined;
}

/**
 * `userAgents.get(userId)`, `agents[sessionId]`: one agent kept per user, chat or session, the same
 * agent for each of them, not work routed among agents of different roles.
 */
function perOwnerKey(key: ts.Expression): boolean {
  const name = ts.isIdentifier(key) ? key.text : ts.isPropertyAccessExpression(key) ? key.name.text : "";
  return /(?:user|session|chat|channel|conversation|thread|guild|socket|connection|tenant|client|room|workspace)(?:Id|Key)?$/i.test(name);
}

/** Look-ups of one agent among several by a name chosen at run time: `this.getAgent(agentName)`, `agents.get(name)`. */
const AGENT_LOOKUP = /^(?:get|find|resolve|lookup|select)\w*Agent$/;
const AGENT_RUN = /^(?:run|invoke|execute|generate|generateText|stream|chat|call|process|handle)\w*$/;

/** `const agent = this.getAgent(agentName); await agent.generate(...)`: work routed to one of several agents by name. */
function routedAgent(decl: ts.VariableDeclaration, ancestors: readonly ts.Node[]): string | undefined {
  if (!ts.isIdentifier(decl.name) || !decl.initializer) return undefined;
  let init: ts.Expression = decl.initializer;
  while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init) || ts.isNonNullExpression(init)) init = init.expression;
  let lookup: string | undefined;
  if (ts.isCallExpression(init)) {
    const name = calleeName(init) ?? "";
    const arg = init.arguments[0];
    // A name picked at run time (`agentName`, `step.agent`), not an options object that configures one agent.
    const byName = arg !== undefined && (ts.isIdentifier(arg) || ts.isPropertyAccessExpression(arg) || ts.isElementAccessExpression(arg)) && !perOwnerKey(arg);
    if (byName && (AGENT_LOOKUP.test(calleeLast(init) ?? "") || /agents\.get$/i.test(name))) lookup = name;
  } else if (ts.isElementAccessExpression(init) && !ts.isStringLiteralLike(init.argumentExpression) && !perOwnerKey(init.argumentExpression) && /agents$/i.test(dottedName(init.expression) ?? "")) {
    lookup = `${dottedName(init.expression) ?? "agents"}[...]`;
  }
  if (!lookup) return undefined;
  const agent = decl.name.text;
  const body = enclosingFunction(ancestors)?.body;
  const run = body && findDescendant(body, (n) => ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ts.isIdentifier(n.expression.expression) && n.expression.expression.text === agent && AGENT_RUN.test(n.expression.name.text));
  return run ? `${lookup} picks the agent that runs` : undefined;
}

/** Methods that make a sub-agent (`handleCreateAgent`, `spawnChild`, `delegate`), not a copy with other settings (`withModel`). */
const SPAWN_METHOD = /child|sub_?agent|spawn|delegat|create\w*agent|fork/i;

/** `new Agent({...})` inside class Agent's spawning method: an agent that builds a tree of agents. */
function childAgentClass(node: ts.NewExpression, ancestors: readonly ts.Node[]): string | undefined {
  const cls = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
  if (!cls || !/Agent$/.test(cls) || enclosingClass(ancestors)?.name?.text !== cls) return undefined;
  const name = enclosingFunctionName(ancestors);
  return name !== undefined && SPAWN_METHOD.test(name) ? cls : undefined;
}

/** The initializer of a variable declared in the function around a node (`const runs = tasks.map(...)`). */
function localInitializer(name: string, ancestors: readonly ts.Node[]): ts.Expression | undefined {
  const body = enclosingFunction(ancestors)?.body;
  return body ? initializerIn(body, name) : undefined;
}

function pushesHandoffs(target: ts.Expression): boolean {
  let t = target;
  while (ts.isParenthesizedExpression(t) || ts.isAsExpression(t) || ts.isNonNullExpression(t)) t = t.expression;
  return ts.isPropertyAccessExpression(t) && t.name.text === "handoffs";
}

/** A call that runs an agent: `agent.run(task)`, `runAgent(researcher, ...)`, `subagent.invoke(...)`. */
function isAgentRun(n: ts.Node): boolean {
  if (!ts.isCallExpression(n)) return false;
  const method = calleeLast(n);
  if (!method || !RUN_METHOD.test(method)) return false;
  const name = calleeName(n);
  if (!name) return false;
  return AGENT_WORD.test(name) || n.arguments.some((a) => ts.isIdentifier(a) && AGENT_WORD.test(a.text));
}
