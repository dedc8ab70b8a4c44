import { defineRule } from "../../engine/rule.js";
import { decisionRecords, isDecisionTag } from "../../analyzers/observe/decision-records.js";
import { eventTypes } from "../../analyzers/observe/event-types.js";
import { outsideProduct } from "../../analyzers/observe/names.js";
import { eventUnions, traceUnions } from "./event-unions.js";

/** Evidence: decisions (permission, routing, compaction) are written as structured records. */
export default defineRule({
  id: "logging/decision-log",
  pillar: "logging",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Decision records",
    description:
      "Finds structured records of decisions: event or telemetry types with a decision field, decision objects written to a logger, span or event, and event variants for permission, handoff, guardrail or compaction decisions.",
    rationale: "When a tool call was allowed or the context compacted, the record of which rule decided and why is what explains an incident.",
    references: ["T8", "LLM06"],
    recommendation: "Emit a typed event for each permission, routing and compaction decision, with the rule or mode that decided and the reason.",
  },
  messages: { record: "decision record {{where}}" },
  detect(ctx) {
    let n = 0;
    const records = [...ctx.facts(decisionRecords)].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "field" ? -1 : 1));
    for (const f of records) {
      if (outsideProduct(f.file) || n >= 6) continue;
      ctx.evidence({ signal: "decision-records", file: f.file, line: f.line, note: `decision recorded in ${f.where}` });
      n++;
    }
    for (const u of eventUnions(ctx)) {
      const decisions = u.variants.filter((v) => v.variant.fields.length > 0 && (isDecisionTag(v.variant.tag) || isDecisionTag(v.name ?? "")));
      if (decisions.length === 0 || n >= 12) continue;
      const tags = decisions.map((d) => d.variant.tag).slice(0, 4).join(", ");
      ctx.evidence({ signal: "decision-records", file: u.fact.file, line: u.fact.line, note: `decision events in ${u.fact.name}: ${tags}` });
      n++;
    }
    for (const u of traceUnions(ctx).slice(0, 2)) {
      if (n >= 12) break;
      ctx.evidence({ signal: "decision-records", file: u.fact.file, line: u.fact.line, note: `typed trace records ${u.fact.name} with ${u.variants.length} variants` });
      n++;
    }
    for (const f of ctx.facts(eventTypes)) {
      if (f.kind !== "variant" || outsideProduct(f.file) || n >= 12) continue;
      if (!/(?:Event|Record|Entry|SpanData)$/.test(f.name) || f.variant.fields.length === 0) continue;
      if (!isDecisionTag(f.variant.tag) && !isDecisionTag(f.name)) continue;
      ctx.evidence({ signal: "decision-records", file: f.file, line: f.line, note: `decision record type ${f.name}` });
      n++;
    }
  },
});
