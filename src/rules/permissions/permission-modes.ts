import { defineRule } from "../../engine/rule.js";
import { permissionChecks } from "../../analyzers/tools/permission-checks.js";
import { isExample, sourceTools } from "../../analyzers/tools/queries.js";

/** Evidence: permission modes, allow/deny/ask decision types, or rule lists. */
export default defineRule({
  id: "permissions/permission-modes",
  pillar: "permissions",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Permission modes and allow/deny/ask rules",
    description: "Finds permission modes (plan, default, acceptEdits, yolo...), allow/deny/ask decision types, and allow/deny rule lists.",
    rationale: "Modes and explicit allow/deny/ask rules make the policy visible and testable; deny rules must win over allows.",
    references: ["LLM06", "ASI02"],
    recommendation: "Add modes (plan, default, accept-edits, bypass) and allow/deny/ask rules with patterns, deny always winning.",
  },
  messages: { modes: "{{note}}" },
  detect(ctx) {
    if (sourceTools(ctx).length === 0) return;
    // Policies in examples and docs show what users could build; they do not govern the shipped tools.
    for (const p of ctx.facts(permissionChecks)) {
      if (isExample(p.file)) continue;
      if (p.kind === "mode-type") {
        ctx.evidence({ signal: "modes", file: p.file, line: p.line, note: `permission modes ${p.name}: ${(p.members ?? []).slice(0, 6).join(", ")}` });
      } else if (p.kind === "decision-type") {
        ctx.evidence({ signal: "modes", file: p.file, line: p.line, note: `decision type ${p.name}: ${(p.members ?? []).slice(0, 6).join(", ")}` });
      }
    }
  },
});
