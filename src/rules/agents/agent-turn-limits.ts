import { defineRule } from "../../engine/rule.js";
import { agentDefinitions } from "../../analyzers/observe/agent-definitions.js";
import { agentRuns } from "../../analyzers/observe/agent-runs.js";

/** Evidence: agent definitions carry their own turn, time or token limits. */
export default defineRule({
  id: "agents/agent-turn-limits",
  pillar: "agents",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Per-agent limits",
    description: "Finds agent definitions in product code that set their own limits (maxTurns, maxSteps, maxIterations, recursionLimit, maxTimeMinutes, token caps), and runs of a named agent given a turn or step limit (run(agent, input, { maxTurns })).",
    rationale: "A sub-agent with its own turn and time budget cannot spend the whole session's budget on one errand.",
    references: ["LLM10", "ASI08"],
    recommendation: "Give each agent role a turn limit and a time or token budget, enforced by the loop that runs it.",
  },
  messages: { limits: "agent {{name}} limited by {{limits}}" },
  detect(ctx) {
    const limited = ctx.facts(agentDefinitions).filter((d) => !d.example && d.limits.length > 0);
    for (const d of limited.slice(0, 6)) {
      ctx.evidence({ signal: "turn-limits", file: d.file, line: d.line, note: `agent ${d.name ?? "(unnamed)"} limited by ${d.limits.join(", ")}` });
    }
    for (const r of ctx.facts(agentRuns).filter((f) => !f.example).slice(0, 6)) {
      ctx.evidence({ signal: "turn-limits", file: r.file, line: r.line, note: `run of ${r.agent} limited by ${r.limit}` });
    }
  },
});
