import { defineRule } from "../../engine/rule.js";
import { agentDefinitions } from "../../analyzers/observe/agent-definitions.js";
import { roleFrameworks } from "../../analyzers/observe/role-frameworks.js";
import { fanOut } from "../../analyzers/observe/fan-out.js";

/** Evidence: the product is an agent framework whose role type delegates to other agents under a turn limit, and roles are instantiated. */
export default defineRule({
  id: "agents/framework-roles",
  pillar: "agents",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Framework-provided roles",
    description:
      "Finds an agent role abstraction defined by the product itself (an Agent type with tools and handoffs or asTool, a createSupervisor or createSwarm builder) together with a turn or step limit its runs enforce (maxTurns, recursionLimit), when roles built from it are instantiated somewhere, examples included.",
    rationale: "A framework whose agents carry their own tool lists, delegate by name and run under a turn limit gives every user constrained roles, even though the concrete roles live in user code.",
    references: ["LLM06", "ASI03"],
    recommendation: "Keep the role type's tool list explicit per agent and give agents used as tools or handoff targets their own turn limit.",
  },
  messages: { framework: "agent framework roles: {{detail}}" },
  detect(ctx) {
    const facts = ctx.facts(roleFrameworks).filter((f) => !f.example);
    const delegation = facts.find((f) => f.kind === "delegation");
    const limit = facts.find((f) => f.kind === "turn-limit");
    if (!delegation || !limit) return;
    const instantiated =
      ctx.facts(agentDefinitions).some((d) => d.name !== undefined && d.grant !== "none") || ctx.facts(fanOut).some((f) => f.kind === "handoffs" || f.kind === "supervisor");
    if (!instantiated) return;
    ctx.evidence({ signal: "framework-roles", file: delegation.file, line: delegation.line, note: `role type ${delegation.detail} delegates to named agents` });
    ctx.evidence({ signal: "framework-roles", file: limit.file, line: limit.line, note: `agent runs limited by ${limit.detail}` });
  },
});
