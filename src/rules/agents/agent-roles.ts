import { defineRule } from "../../engine/rule.js";
import { agentDefinitions } from "../../analyzers/observe/agent-definitions.js";
import { isRestricted, productRoles } from "./roles.js";

/** Evidence: sub-agents are named roles with restricted tool lists. */
export default defineRule({
  id: "agents/agent-roles",
  pillar: "agents",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Named agent roles",
    description:
      "Finds agent and role definitions as data (new Agent({...}), agent definition objects with toolConfig, createReactAgent, Markdown agents with front matter) that name the role and restrict its tools; roles only under examples or docs count less.",
    rationale: "A named role with an explicit tool subset (explore: read-only) cannot do what its job does not need.",
    references: ["LLM06", "ASI03"],
    recommendation: "Define sub-agents as named roles (explore, plan, verify) with an explicit allowlist of tools.",
  },
  messages: { role: "agent role {{name}}" },
  detect(ctx) {
    const roles = productRoles(ctx);
    for (const d of roles.slice(0, 8)) {
      const tools = d.tools.length > 0 ? `tools ${d.tools.slice(0, 6).join(", ")}` : `${d.grant} tools`;
      ctx.evidence({ signal: "roles", file: d.file, line: d.line, note: `role ${d.name ?? "?"} (${tools})` });
    }
    if (roles.length > 0) return;
    // An SDK's agent class built in examples with its own tools is a role shown to users, named or not.
    const examples = ctx.facts(agentDefinitions).filter((d) => d.example && (d.name !== undefined || d.factory) && isRestricted(d));
    for (const d of examples.slice(0, 4)) {
      ctx.evidence({ signal: "example-roles", file: d.file, line: d.line, note: `example role ${d.name ?? "(unnamed agent)"}` });
    }
  },
});
