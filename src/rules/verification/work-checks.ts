import { defineRule } from "../../engine/rule.js";
import { agentDefinitions } from "../../analyzers/observe/agent-definitions.js";
import { outputChecks } from "../../analyzers/observe/output-checks.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

const VERIFIER_ROLE = /verif|review|critic|judge|checker|grader|evaluator/i;

/** Evidence: the agent's work is checked: lazy placeholders rejected, diagnostics run after edits, a verifier role. */
export default defineRule({
  id: "verification/work-checks",
  pillar: "verification",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Agent's work is checked",
    description:
      "Finds checks of what the agent did: edits rejected for lazy placeholders ('... rest of code'), diagnostics, lint or tests run in the same step that writes files, and verifier, reviewer or judge roles.",
    rationale: "A model reports success readily; a check after the edit, or a second agent told to break the result, catches what it missed.",
    references: ["LLM09", "ASI05"],
    recommendation: "After edits, run the project's type check or tests and feed failures back; reject edits that contain placeholders.",
  },
  messages: { checked: "work checked by {{detail}}" },
  detect(ctx) {
    const notes = { placeholder: "lazy placeholders rejected", "post-edit": "checks run after edits" } as const;
    let n = 0;
    for (const f of ctx.facts(outputChecks)) {
      if ((f.kind !== "placeholder" && f.kind !== "post-edit") || outsideProduct(f.file) || n >= 6) continue;
      ctx.evidence({ signal: "output-checked", file: f.file, line: f.line, note: `${notes[f.kind]}: ${f.detail}` });
      n++;
    }
    for (const d of ctx.facts(agentDefinitions)) {
      if (d.example || !d.name || !VERIFIER_ROLE.test(d.name)) continue;
      ctx.evidence({ signal: "output-checked", file: d.file, line: d.line, note: `verifier role ${d.name}` });
    }
  },
});
