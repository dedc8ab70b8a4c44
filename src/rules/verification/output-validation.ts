import { defineRule } from "../../engine/rule.js";
import { outputChecks } from "../../analyzers/observe/output-checks.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

/** Evidence: the model's final output is held to a schema or passed through an output guardrail. */
export default defineRule({
  id: "verification/output-validation",
  pillar: "verification",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Output validated against a schema",
    description:
      "Finds schemas on the agent's final output (generateObject/streamObject with a schema, Output.object, outputType, response_format, withStructuredOutput) and output guardrails.",
    rationale: "An answer that must parse against a schema, or pass a guardrail, fails loudly instead of flowing on as wrong data.",
    references: ["LLM05", "LLM09"],
    recommendation: "Give the agent's final answer a schema (zod) and parse it; retry a bounded number of times on failure.",
  },
  messages: { checked: "output checked by {{detail}}" },
  detect(ctx) {
    const found = ctx.facts(outputChecks).filter((f) => (f.kind === "schema" || f.kind === "guardrail") && !outsideProduct(f.file));
    for (const f of found.slice(0, 6)) {
      ctx.evidence({ signal: "output-checked", file: f.file, line: f.line, note: `${f.kind === "schema" ? "output schema" : "output guardrail"}: ${f.detail}` });
    }
  },
});
