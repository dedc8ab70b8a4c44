import { defineRule } from "../../engine/rule.js";
import { productSubagentTools } from "./subagents.js";

/** Evidence: a tool that runs a sub-agent with a tool set of its own, and the limits that sub-agent gets. */
export default defineRule({
  id: "agents/subagent-tool",
  pillar: "agents",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Sub-agent behind a tool",
    description:
      "Finds tools whose handler runs a model with its own tool set (an `agent` or `task` tool that calls streamText/messages.create with WORKER_TOOLS, or hands a tool set to an agent loop in another file): a sub-agent role. It counts as a restricted role when its tools are not the parent's own collection, and as bounded when the call sets a step or turn limit.",
    rationale: "Delegating through a tool with a narrower tool set and its own step limit is the plainest way to a constrained role (Claude Code's Task tool works this way).",
    references: ["LLM06", "ASI03"],
    recommendation: "Give each sub-agent tool an explicit, smaller tool set than its parent and a step or turn limit on its loop.",
  },
  messages: {
    role: "tool {{name}} runs a sub-agent with tools {{tools}}{{limits}}",
    clone: "tool {{name}} runs a copy of the parent agent with the same tools ({{tools}})",
  },
  detect(ctx) {
    for (const f of productSubagentTools(ctx)) {
      const name = f.name ?? "(unnamed)";
      if (f.clone) {
        ctx.evidence({ signal: "generic-spawn", file: f.file, line: f.line, note: `tool ${name} runs a copy of the parent agent (${f.tools})` });
        continue;
      }
      ctx.evidence({ signal: "roles", file: f.file, line: f.line, note: `tool ${name} runs a sub-agent with tools ${f.tools}` });
      if (f.limits.length > 0) ctx.evidence({ signal: "turn-limits", file: f.file, line: f.line, note: `sub-agent of tool ${name} limited by ${f.limits.join(", ")}` });
    }
  },
});
