import { defineRule } from "../../engine/rule.js";
import { budgetFacts } from "../../analyzers/state/budget-facts.js";
import { preferProject } from "./prefer-project.js";

/** Older turns are compacted (summarised) when the context nears its window. */
export default defineRule({
  id: "budgeting/context-compaction",
  pillar: "budgeting",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Context compaction",
    description:
      "The conversation is compacted, compressed or summarised by a function or service for that purpose, or tokens are compared with a threshold of the context window. Plain truncation of old messages counts only when a token threshold triggers it.",
    rationale: "Without compaction a long session overflows the window and fails, or silently loses its oldest (often most important) instructions.",
    references: ["LLM10", "T4"],
    recommendation: "When the context passes a threshold of the window (say 80%), summarise older turns into one message and keep recent turns intact.",
  },
  messages: { compaction: "context compaction: {{note}}" },
  detect(ctx) {
    const facts = ctx.facts(budgetFacts);
    const triggered = facts.some((f) => f.kind === "compaction-trigger");
    const counted = facts.filter((f) => f.kind === "compaction" || f.kind === "compaction-trigger" || (f.kind === "truncation" && triggered));
    for (const f of preferProject(counted)) ctx.evidence({ signal: "compaction", file: f.file, line: f.line, note: f.note });
  },
});
