import { ts } from "ts-morph";
import { propertyNameText } from "../../engine/ast.js";
import { defineAnalyzer, type FactBase } from "../../engine/analyzer.js";
import { teamMember } from "./fan-out.js";
import { outsideProduct } from "./names.js";

/**
 * What an agent framework provides for roles: an agent type that delegates to other agents
 * (handoffs, agent-as-tool, a supervisor or swarm builder), and a turn or step limit on runs.
 */
export interface RoleFrameworkFact extends FactBase {
  kind: "delegation" | "turn-limit";
  detail: string;
  example: boolean;
}

const AGENT_TYPE = /agent/i;
const DELEGATION_MEMBER = /^(?:handoffs|asTool|subagents|subAgents)$/;
const TEAM_BUILDER = /^(?:createSupervisor|createSwarm|createAgentNetwork|createHandoff\w*|handoff)$/;
/** Turn and step limits only: a token cap bounds cost, not how long an agent keeps going. */
const TURN_LIMIT = /^(?:maxTurns|max_turns|recursionLimit|maxSteps|max_steps|maxIterations|max_iterations)$/;

const ORDER = new Set([ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken]);

/** Finds agent types that delegate to other agents, team builders, and turn limits declared or enforced by product code. */
export const roleFrameworks = defineAnalyzer<RoleFrameworkFact>({
  name: "role-frameworks",
  description: "agent types that delegate, team builders and turn limits",
  kinds: [
    ts.SyntaxKind.ClassDeclaration,
    ts.SyntaxKind.InterfaceDeclaration,
    ts.SyntaxKind.FunctionDeclaration,
    ts.SyntaxKind.VariableDeclaration,
    ts.SyntaxKind.PropertySignature,
    ts.SyntaxKind.BinaryExpression,
  ],
  visit(node, ctx) {
    const emit = (kind: RoleFrameworkFact["kind"], detail: string) =>
      ctx.emit({ file: ctx.file.path, line: ctx.line(node), kind, detail, example: outsideProduct(ctx.file.path) });
    if (ts.isPropertySignature(node)) {
      const key = propertyNameText(node.name);
      if (key && TURN_LIMIT.test(key)) emit("turn-limit", key);
      return;
    }
    if (ts.isBinaryExpression(node)) {
      const key = comparedLimit(node);
      if (key) emit("turn-limit", key);
      return;
    }
    if (ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node)) {
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
      if (!name || !TEAM_BUILDER.test(name)) return;
      if (ts.isVariableDeclaration(node) && !(node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)))) return;
      emit("delegation", name);
      return;
    }
    if (!(ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node))) return;
    // A team or crew type that runs a list of agents is the framework's way to compose roles.
    const team = teamMember(node);
    if (team) emit("delegation", team);
    const typeName = node.name?.text;
    if (!typeName || !AGENT_TYPE.test(typeName)) return;
    const members = new Set<string>();
    for (const m of node.members) {
      const key = m.name ? propertyNameText(m.name) : undefined;
      if (key) members.add(key);
    }
    if (!members.has("tools")) return;
    const delegation = [...members].find((k) => DELEGATION_MEMBER.test(k));
    if (delegation) emit("delegation", `${typeName}.${delegation}`);
  },
});

/** A turn limit the loop checks: `turn >= maxTurns`, `config.recursionLimit < 1`. */
function comparedLimit(node: ts.BinaryExpression): string | undefined {
  if (!ORDER.has(node.operatorToken.kind)) return undefined;
  for (const side of [node.left, node.right]) {
    const name = ts.isIdentifier(side) ? side.text : ts.isPropertyAccessExpression(side) ? side.name.text : undefined;
    if (name && TURN_LIMIT.test(name)) return name;
  }
  return undefined;
}
