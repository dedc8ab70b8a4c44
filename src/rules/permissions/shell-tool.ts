import { defineRule } from "../../engine/rule.js";
import { shellFlow, sinkFacts } from "../../analyzers/tools/shell-flow.js";
import { SHELL_TOOL_BINDING, SHELL_TOOL_NAME, sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence (weight 0): a model-reachable tool runs shell commands, so shell checks are required for `present`. */
export default defineRule({
  id: "permissions/shell-tool",
  pillar: "permissions",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "A tool runs shell commands",
    description: "Finds tools whose model-chosen input reaches a shell or evaluator, or whose name says they run shell commands.",
    rationale: "A shell tool is the widest action an agent has; permissions are only complete when its commands are parsed and checked.",
    references: ["LLM06", "ASI05"],
    recommendation: "Check every shell command before it runs: parse it, refuse substitution and redirection, and match programs against allow/deny rules.",
  },
  messages: { shell: "{{note}}" },
  detect(ctx) {
    for (const s of sinkFacts(ctx.facts(shellFlow))) {
      if (!s.modelReachable || s.kind === "program") continue;
      ctx.evidence({ signal: "shell-tool", file: s.file, line: s.line, note: `${s.tool ?? "a tool"} runs ${s.callee} with ${s.param ?? "model input"}` });
    }
    for (const t of sourceTools(ctx)) {
      const named = t.name !== undefined && SHELL_TOOL_NAME.test(t.name);
      if (!named && !(t.binding && SHELL_TOOL_BINDING.test(t.binding))) continue;
      ctx.evidence({ signal: "shell-tool", file: t.file, line: t.line, note: `tool ${t.name ?? t.binding ?? ""} runs shell commands` });
    }
  },
});
