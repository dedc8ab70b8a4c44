import { defineRule } from "../../engine/rule.js";
import { spawnBounds } from "../../analyzers/observe/spawn-bounds.js";
import { outsideProduct } from "../../analyzers/observe/names.js";
import { productRoles } from "./roles.js";

/** Evidence: spawning is bounded: sub-agents lose the agent tool, or a depth counter stops recursion. */
export default defineRule({
  id: "agents/bounded-spawning",
  pillar: "agents",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Bounded spawning",
    description:
      "Finds the agent-spawning tool filtered out of sub-agents' tools (tool.kind === Kind.Agent, name !== 'agent'), depth counters compared where agents spawn, and roles whose tool allowlist leaves the agent tool out.",
    rationale: "A sub-agent that can spawn sub-agents multiplies cost and blast radius without bound.",
    references: ["LLM10", "ASI08"],
    recommendation: "Remove the agent tool from sub-agents' tool sets (depth one), or count depth and refuse past a small limit.",
  },
  messages: { bounded: "spawning bounded by {{detail}}" },
  detect(ctx) {
    let n = 0;
    for (const f of ctx.facts(spawnBounds)) {
      if (outsideProduct(f.file) || n >= 4) continue;
      const note = f.kind === "depth-checked" ? `depth counter ${f.detail} checked` : `agent tool ${f.detail} filtered out`;
      ctx.evidence({ signal: "spawn-bounded", file: f.file, line: f.line, note });
      n++;
    }
    for (const d of productRoles(ctx)) {
      if (!d.excludesTools || n >= 6) continue;
      ctx.evidence({ signal: "spawn-bounded", file: d.file, line: d.line, note: `role ${d.name ?? "?"} cannot spawn agents` });
      n++;
    }
  },
});
