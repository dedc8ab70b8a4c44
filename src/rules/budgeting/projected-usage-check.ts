import { defineRule } from "../../engine/rule.js";
import { budgetFacts } from "../../analyzers/state/budget-facts.js";
import { preferProject } from "./prefer-project.js";

/** The size of the next request is estimated and compared with what is left of the window or budget before sending. */
export default defineRule({
  id: "budgeting/projected-usage-check",
  pillar: "budgeting",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Projected usage checked before the call",
    description:
      "An estimated or projected token count for the next request is compared with the remaining context window or budget before the model is called.",
    rationale: "Checking after the call is too late: the request fails on overflow, or the budget is already spent.",
    references: ["LLM10", "T4"],
    recommendation: "Estimate the next request's tokens and compact or stop before sending when it would not fit.",
  },
  messages: { projected: "projected usage check: {{note}}" },
  detect(ctx) {
    for (const f of preferProject(ctx.facts(budgetFacts).filter((f) => f.kind === "projected"))) {
      if (f.kind === "projected") ctx.evidence({ signal: "projected-check", file: f.file, line: f.line, note: f.note });
    }
  },
});
