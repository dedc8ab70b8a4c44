import { definePillar } from "../engine/pillar-model.js";

/** Budgeting: tokens counted, hard limits enforced in the loop, compaction near the window. */
export default definePillar({
  key: "budgeting",
  priority: 4,
  signals: {
    "token-count": { weight: 25, description: "token usage is read and accumulated" },
    "limit-enforced": { weight: 35, description: "a turn, token, cost or time limit is checked in the agent loop" },
    compaction: { weight: 30, description: "older turns are compacted or summarised near the context window" },
    "projected-check": { weight: 10, description: "projected usage is checked before a model call" },
  },
  status: (s) => {
    // The rubric: counted + enforced + compacted is present. An unbounded loop elsewhere is its own
    // hazard finding (and costs points); it does not undo a limit the main loop enforces.
    const n = ["token-count", "limit-enforced", "compaction"].filter((k) => s.has(k)).length;
    if (n === 3) return "present";
    return n > 0 || s.has("projected-check") ? "partial" : "absent";
  },
  advice: {
    absent: {
      title: "Bound the agent loop with hard limits",
      rationale: "A loop that calls a model with no turn or token bound can run up unbounded cost.",
      steps: [
        "Count input and output tokens from each response's usage.",
        "Stop the loop at a maximum number of turns and a token or cost budget, with a named stop reason.",
        "Compact older turns into a summary when the context nears the model's window.",
      ],
    },
    partial: {
      title: "Complete the budget: counts, hard limits and compaction",
      rationale: "Counting without a limit, or a limit without compaction, still ends long sessions badly.",
      steps: [
        "Check the projected usage against the budget before each model call.",
        "Compact older turns when the context passes a threshold of the window, keeping recent turns intact.",
      ],
    },
  },
});
