import { defineRule } from "../../engine/rule.js";
import { codeAgentRuns } from "../../analyzers/observe/code-agent-runs.js";
import { permissionChecks } from "../../analyzers/tools/permission-checks.js";
import { shellFlow, sinkFacts } from "../../analyzers/tools/shell-flow.js";
import { isExample, sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence: a permission decision runs before tool handlers (or some narrower gate exists). */
export default defineRule({
  id: "permissions/permission-gate",
  pillar: "permissions",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Permission decision before tool calls",
    description:
      "Finds a permission decision (checkPermissions, canUseTool, policy check, approval) made in the function that then executes the tool, and narrower gates: per-tool approval flags, blocking pre-tool hooks, a check in one tool's handler.",
    rationale: "A decision point in front of every tool call is where allow/deny/ask rules, modes and human approval apply; a gate on one tool leaves the others open.",
    references: ["LLM06", "ASI02", "ASI05"],
    recommendation: "Route every tool call through one function that decides allow, deny or ask before the handler runs.",
  },
  messages: { gate: "{{note}}" },
  detect(ctx) {
    // A packaged agent's own tools (the Claude Agent SDK's Bash, Write) are gated by the options of its run.
    for (const r of ctx.facts(codeAgentRuns)) {
      if (isExample(r.file)) continue;
      if (r.decides && !r.bypass) ctx.evidence({ signal: "gate", file: r.file, line: r.line, note: "canUseTool decides the agent's tool calls that no rule settles" });
      else if (r.hooked) ctx.evidence({ signal: "partial-gate", file: r.file, line: r.line, note: "a PreToolUse hook can block some of the agent's tool calls" });
    }
    if (sourceTools(ctx).length === 0) return;
    // Policies in examples and docs show what users could build; they do not govern the shipped tools.
    for (const p of ctx.facts(permissionChecks)) {
      if (isExample(p.file)) continue;
      if (p.kind === "decision" && p.beforeExecute) {
        ctx.evidence({ signal: "gate", file: p.file, line: p.line, note: `${p.name} decides before the tool runs${p.inFunction ? ` in ${p.inFunction}` : ""}` });
      } else if (p.kind === "hook-gate") {
        ctx.evidence({ signal: "partial-gate", file: p.file, line: p.line, note: `blocking hook ${p.name} before the tool runs` });
      }
    }
    for (const t of sourceTools(ctx)) {
      if (t.approvalHints.length === 0) continue;
      ctx.evidence({ signal: "partial-gate", file: t.file, line: t.line, note: `tool ${t.name ?? t.className ?? t.binding ?? "(dynamic name)"} asks for approval (${t.approvalHints.join(", ")})` });
    }
    for (const s of sinkFacts(ctx.facts(shellFlow))) {
      if (!s.modelReachable || !s.guard) continue;
      ctx.evidence({ signal: "partial-gate", file: s.file, line: s.line, note: `${s.guard} checks ${s.tool ?? "a tool"} before ${s.callee}` });
    }
  },
});
