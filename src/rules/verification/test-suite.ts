import { defineRule } from "../../engine/rule.js";
import { testFiles } from "../../analyzers/observe/test-files.js";

/** Evidence: the codebase has tests at all. */
export default defineRule({
  id: "verification/test-suite",
  pillar: "verification",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Test suite present",
    description: "Counts test files (*.test.ts, *.spec.ts, files under test/ or __tests__/).",
    rationale: "Tests are the ground the second level of verification stands on: guardrail tests need a suite to live in.",
    references: ["ASI05"],
    recommendation: "Add a test runner (vitest) and start with tests of the permission and budget code.",
  },
  messages: { tests: "{{count}} test files" },
  detect(ctx) {
    const files = ctx.facts(testFiles);
    const first = files[0];
    if (!first) return;
    ctx.evidence({ signal: "tests", file: first.file, line: 1, note: `${files.length} test files` });
  },
});
