import { defineRule } from "../../engine/rule.js";
import { sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence: tools carry risk metadata (read-only, destructive, kind, approval). */
export default defineRule({
  id: "registry/tool-metadata",
  pillar: "registry",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Risk metadata on tools",
    description: "Finds tools that declare risk hints: readOnly, destructiveHint, idempotentHint, a kind or risk tier, needsApproval.",
    rationale: "Risk metadata lets the permission engine allow reads, ask for writes and refuse destructive actions without a list kept by hand.",
    references: ["LLM06", "ASI02"],
    recommendation: "Add readOnly, destructive and idempotent hints (or a risk tier) to every tool declaration.",
  },
  messages: { metadata: "tool {{name}} has {{hints}}" },
  detect(ctx) {
    for (const t of sourceTools(ctx)) {
      const hints = [...t.riskHints, ...t.approvalHints];
      if (hints.length === 0) continue;
      ctx.evidence({ signal: "tool-metadata", file: t.file, line: t.line, note: `tool ${t.name ?? t.className ?? "(dynamic name)"}: ${hints.join(", ")}` });
    }
  },
});
