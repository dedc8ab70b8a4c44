import { defineRule } from "../../engine/rule.js";
import { testFiles } from "../../analyzers/observe/test-files.js";

/** Evidence: tests import the harness's guardrails and assert denials or limits. */
export default defineRule({
  id: "verification/guardrail-tests",
  pillar: "verification",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Guardrail tests",
    description:
      "Finds test files that import permission, policy, sandbox, shell-safety, budget or loop-limit code and assert denials or limits (a 'deny' or 'ask' verdict, a guard returning false, a thrown limit).",
    rationale: "A guardrail nobody tests is weakened by the next refactor without anyone noticing; a denial asserted in CI is not.",
    references: ["LLM06", "ASI02"],
    recommendation: "Write tests that import the permission and budget code and assert that dangerous calls are denied and limits stop the loop.",
  },
  messages: { tested: "guardrail test of {{subject}}" },
  detect(ctx) {
    const found = ctx.facts(testFiles).filter((f) => f.subjects.length > 0 && f.denials > 0).sort((a, b) => b.denials - a.denials);
    for (const f of found.slice(0, 6)) {
      ctx.evidence({ signal: "guardrail-tests", file: f.file, line: f.line, note: `tests ${f.subjects.slice(0, 3).join(", ")}: ${f.denials} denial/limit assertions` });
    }
  },
});
