import { defineRule } from "../../engine/rule.js";
import { budgetFacts } from "../../analyzers/state/budget-facts.js";
import { modelCalls } from "../../analyzers/common/model-calls.js";
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
      "Usage fields of model responses (input/output, prompt/completion, usageMetadata counts) are accumulated, or recorded where tokens are also compared with a window or budget, or tokens are estimated with a tokenizer or a characters-per-token rule.",
    rationale: "A budget cannot be enforced, and compaction cannot be triggered, without knowing how many tokens a session has used.",
    references: ["LLM10", "T4"],
    recommendation: "Add each response's input and output tokens to a per-session usage record.",
  },
  messages: { tokens: "token usage counted: {{note}}" },
  detect(ctx) {
    // A tool server that never calls a model (an MCP server sizing its replies) counts tokens for
    // output, not for an agent's budget.
    const facts = ctx.facts(budgetFacts);
    const talksToModel =
      facts.some((f) => f.kind === "usage-field") || ctx.facts(modelCalls).length > 0 || ctx.project.frameworks.some((f) => f.id !== "mcp");
    if (!talksToModel) return;
    // Reading the last response's usage into a field is not counting: it counts once the tokens are
    // summed, estimated, or compared with a window or budget somewhere.
    const used = facts.some((f) => f.kind === "usage-accumulate" || f.kind === "estimate" || f.kind === "compaction-trigger" || f.kind === "projected");
    const counted = facts.filter((f) => f.kind === "usage-accumulate" || f.kind === "estimate" || (f.kind === "usage-record" && used));
    for (const f of preferProject(counted)) ctx.evidence({ signal: "token-count", file: f.file, line: f.line, note: f.note });
  },
});
