import { defineRule } from "../../engine/rule.js";
import { fanOut } from "../../analyzers/observe/fan-out.js";
import { agentLoops, isLoopFact } from "../../analyzers/state/agent-loops.js";
import { productSubagentTools } from "./subagents.js";

/** Hazard: work fans out to several agents while permissions or persistence is absent. */
export default defineRule({
  id: "agents/premature-orchestration",
  pillar: "agents",
  severity: "warning",
  kind: "hazard",
  phase: "scored",
  meta: {
    title: "Orchestration before foundations",
    description:
      "Finds fan-out to several agents (Promise.all over agent runs, several handoff targets, a supervisor or swarm, a team type holding a list of agents, an orchestrator class or pipeline running agents in turn, a tool that delegates to a sub-agent) in a codebase whose permissions or persistence pillar is absent.",
    rationale: "Every agent added multiplies unguarded tool calls and work lost on a crash; orchestration on top of missing permissions and persistence multiplies the gaps.",
    references: ["LLM06", "ASI08"],
    recommendation: "Defer orchestration: build permissions (a gate before every tool call) and persistence (a resumable journal) first, then add agents.",
  },
  messages: {
    premature: "fan-out to several agents ({{detail}}) while {{missing}} is absent",
  },
  detect(ctx) {
    const missing = (["permissions", "persistence"] as const).filter((p) => ctx.status(p) === "absent");
    if (missing.length === 0) return;
    // The fan-out itself (Promise.all, handoffs) points closer to the problem than the orchestrator around it.
    // Parallel copies of a function are agents only when that function reaches a model.
    const modelFunctions = new Set(ctx.facts(agentLoops).flatMap((f) => (!isLoopFact(f) && f.modelCall ? [f.name] : [])));
    const product = ctx.facts(fanOut).filter((f) => !f.example && (f.selfCall === undefined || modelFunctions.has(f.selfCall)));
    // A tool that hands work to a sub-agent makes two agents as surely as Promise.all over two.
    // One started in the background is the surest: the parent can start several and they run at once.
    const delegations = productSubagentTools(ctx);
    const delegation = delegations.find((f) => f.background === true) ?? delegations[0];
    const sites: { file: string; line: number; detail: string }[] = [...product.filter((f) => f.kind !== "orchestrator"), ...product.filter((f) => f.kind === "orchestrator")];
    if (sites.length === 0 && delegation) {
      const how = delegation.background ? "starts a sub-agent in the background" : "delegates to a sub-agent";
      sites.push({ file: delegation.file, line: delegation.line, detail: `tool ${delegation.name ?? "(unnamed)"} ${how}` });
    }
    // One site per file, a few files at most: a framework's team type and the plugin that builds a team are both worth seeing.
    const files = new Set<string>();
    for (const site of sites) {
      if (files.has(site.file) || files.size >= 3) continue;
      files.add(site.file);
      ctx.report({ messageId: "premature", data: { detail: site.detail, missing: missing.join(" and ") }, file: site.file, line: site.line });
    }
  },
});
