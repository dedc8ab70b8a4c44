import { defineRule } from "../../engine/rule.js";
import { permissionChecks } from "../../analyzers/tools/permission-checks.js";
import { isExample, sourceTools } from "../../analyzers/tools/queries.js";

const TIER_KEYS = new Set(["readOnly", "readOnlyHint", "isReadOnly", "destructiveHint", "risk", "riskLevel"]);
const MIN_TIERED_TOOLS = 3;

/** Evidence: permission modes, allow/deny/ask decision types, or rule lists. */
export default defineRule({
  id: "permissions/permission-modes",
  pillar: "permissions",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Permission modes and allow/deny/ask rules",
    description:
      "Finds permission modes (plan, default, acceptEdits, yolo...), allow/deny/ask decision types, and risk tiers declared on most tools (readOnly, destructiveHint, risk, a Kind).",
    rationale: "Modes and explicit allow/deny/ask rules make the policy visible and testable; deny rules must win over allows.",
    references: ["LLM06", "ASI02"],
    recommendation: "Add modes (plan, default, accept-edits, bypass) and allow/deny/ask rules with patterns, deny always winning.",
  },
  messages: { modes: "{{note}}" },
  detect(ctx) {
    const tools = sourceTools(ctx);
    if (tools.length === 0) return;
    const tiered = tools.filter(
      (t) => !isExample(t.file) && t.riskHints.some((h) => TIER_KEYS.has(h) || (h === "kind" && t.style === "class")),
    );
    if (tiered.length >= MIN_TIERED_TOOLS) {
      for (const t of tiered) {
        ctx.evidence({ signal: "modes", file: t.file, line: t.line, note: `risk tier on tool ${t.name ?? t.className ?? t.binding ?? ""}: ${t.riskHints.join(", ")}` });
      }
    }
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
