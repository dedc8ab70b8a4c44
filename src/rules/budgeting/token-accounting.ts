import { defineRule } from "../../engine/rule.js";
import { budgetFacts } from "../../analyzers/state/budget-facts.js";
import { preferProject } from "./prefer-project.js";

/** Token usage is read from responses and added up, or estimated before sending. */
export default defineRule({
  id: "budgeting/token-accounting",
  pillar: "budgeting",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Token usage is counted",
    description:
      "Usage fields of model responses (input/output, prompt/completion, usageMetadata counts) are recorded and accumulated, or tokens are estimated with a tokenizer or a characters-per-token rule.",
    rationale: "A budget cannot be enforced, and compaction cannot be triggered, without knowing how many tokens a session has used.",
    references: ["LLM10", "T4"],
    recommendation: "Add each response's input and output tokens to a per-session usage record.",
  },
  messages: { tokens: "token usage counted: {{note}}" },
  detect(ctx) {
    for (const f of preferProject(ctx.facts(budgetFacts).filter((f) => f.kind === "usage-accumulate" || f.kind === "usage-record" || f.kind === "estimate"))) {
      if (f.kind === "usage-accumulate" || f.kind === "usage-record" || f.kind === "estimate") {
        ctx.evidence({ signal: "token-count", file: f.file, line: f.line, note: f.note });
      }
    }
  },
});
