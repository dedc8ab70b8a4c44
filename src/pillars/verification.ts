import { definePillar } from "../engine/pillar-model.js";

/** Verification: the agent's output is checked, and the harness's guardrails are tested. */
export default definePillar({
  key: "verification",
  priority: 5,
  signals: {
    "output-checked": { weight: 40, description: "the agent's output or work is checked: output schema, verify step, checks after edits" },
    "guardrail-tests": { weight: 40, description: "tests import the permission, budget or loop code and assert denials or limits" },
    "input-validation": { weight: 10, description: "model tool inputs are validated against their schemas" },
    tests: { weight: 10, description: "the codebase has tests" },
  },
  status: (s) => {
    if (s.has("output-checked") && s.has("guardrail-tests")) return "present";
    // Validating tool arguments is neither level on its own; with a test suite it is a start (rubric: partial).
    if (s.has("output-checked") || s.has("guardrail-tests") || (s.has("input-validation") && s.has("tests"))) return "partial";
    return "absent";
  },
  advice: {
    absent: {
      title: "Verify the agent's work and test the guardrails",
      rationale: "With neither level of verification, wrong output ships and a weakened guardrail goes unnoticed.",
      steps: [
        "Validate the model's final output and tool inputs against schemas.",
        "Write tests that import the permission and budget code and assert that dangerous calls are denied and limits stop the loop.",
      ],
    },
    partial: {
      title: "Add the missing level of verification",
      rationale: "Checking output without testing the guardrails (or the reverse) leaves one kind of failure unseen.",
      steps: [
        "Add a verify step or role that runs the project's checks after edits.",
        "Add golden tests that assert denials and limits, run in CI.",
      ],
    },
  },
});
