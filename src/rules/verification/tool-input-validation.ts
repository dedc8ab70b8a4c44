import { defineRule } from "../../engine/rule.js";
import { toolInputValidation } from "../../analyzers/observe/tool-input-validation.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

/** Evidence: model-supplied tool inputs are validated against schemas before the handler runs. */
export default defineRule({
  id: "verification/tool-input-validation",
  pillar: "verification",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Tool inputs validated",
    description: "Finds tool arguments checked against their schemas in tool-handling code: zod parse/safeParse, ajv validate, validateToolParams and the like.",
    rationale: "The model's arguments are untrusted input; parsing them against the tool's schema turns malformed calls into errors the model can fix.",
    references: ["LLM05", "ASI02"],
    recommendation: "Parse every tool call's arguments with the tool's schema before the handler runs, and return the issues to the model.",
  },
  messages: { validated: "tool input validated by {{callee}}" },
  detect(ctx) {
    const found = ctx.facts(toolInputValidation).filter((f) => !outsideProduct(f.file));
    for (const f of found.slice(0, 5)) {
      ctx.evidence({ signal: "input-validation", file: f.file, line: f.line, note: `tool input validated by ${f.callee}` });
    }
  },
});
