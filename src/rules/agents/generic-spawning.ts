import { defineRule } from "../../engine/rule.js";
import { agentDefinitions } from "../../analyzers/observe/agent-definitions.js";
import { fanOut } from "../../analyzers/observe/fan-out.js";
import { agentLoops, isLoopFact } from "../../analyzers/state/agent-loops.js";

/** Smell: sub-agents are spawned as clones that inherit the parent's full tool list. */
export default defineRule({
  id: "agents/generic-spawning",
  pillar: "agents",
  severity: "info",
  kind: "smell",
  meta: {
    title: "Generic sub-agents",
    description:
      "Finds agents created in product code with the parent's tools (a spread of the parent's list, '*', this.tools, allTools), and unnamed sub-agents spawned at run time with whatever tools they are handed, instead of a role's subset.",
    rationale: "A clone of the parent inherits every tool and budget: it multiplies risk without narrowing the job.",
    references: ["LLM06", "ASI03"],
    recommendation: "Replace the generic sub-agent with named roles that each get an explicit tool subset and turn limit.",
  },
  messages: {
    inherits: "sub-agent {{name}} inherits the parent's tools",
    handed: "sub-agent spawned with whatever tools it is handed, under no role",
  },
  detect(ctx) {
    // A main agent composing its own list ([...builtins, ...mcpTools]) is not a clone; only spawn sites and Markdown agents count.
    const generic = ctx.facts(agentDefinitions).filter(
      (d) =>
        !d.example &&
        ((d.source === "markdown" && d.grant === "inherited") ||
          (d.spawned && (d.grant === "inherited" || (d.factory && d.name === undefined && (d.grant === "reference" || d.grant === "none"))))),
    );
    // Copies of the agent run in parallel (sub-researchers, a pool of subagents): spawning with no role, even where no definition is seen.
    if (generic.length === 0) {
      const modelFunctions = new Set(ctx.facts(agentLoops).flatMap((f) => (!isLoopFact(f) && f.modelCall ? [f.name] : [])));
      const copies = ctx.facts(fanOut).find((f) => !f.example && (f.kind === "parallel" || f.kind === "children") && (f.selfCall === undefined || modelFunctions.has(f.selfCall)));
      if (copies) ctx.evidence({ signal: "generic-spawn", file: copies.file, line: copies.line, note: `agents spawned in parallel (${copies.detail}) under no named role` });
    }
    for (const d of generic.slice(0, 4)) {
      const name = d.name ?? "(unnamed)";
      const inherits = d.grant === "inherited";
      ctx.report({ messageId: inherits ? "inherits" : "handed", data: { name }, file: d.file, line: d.line });
      const note = inherits ? `sub-agent ${name} inherits the parent's tools` : "sub-agent spawned with the tools it is handed, under no role";
      ctx.evidence({ signal: "generic-spawn", file: d.file, line: d.line, note });
    }
  },
});
