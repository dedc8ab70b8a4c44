import { definePillar } from "../engine/pillar-model.js";

/** Logging: typed events plus structured decision records. */
export default definePillar({
  key: "logging",
  priority: 6,
  signals: {
    "typed-events": { weight: 40, description: "typed events: a discriminated union or a typed emitter" },
    "decision-records": { weight: 35, description: "structured records of decisions (permission, routing, compaction)" },
    "structured-logger": { weight: 15, description: "a structured logger or telemetry instead of console output" },
    "typed-callbacks": { weight: 10, description: "typed callback maps (onToolCall, onStepFinish)" },
  },
  status: (s) => {
    if (s.has("typed-events") && s.has("decision-records")) return "present";
    if (["typed-events", "decision-records", "structured-logger", "typed-callbacks"].some((k) => s.has(k))) return "partial";
    return "absent";
  },
  advice: {
    absent: {
      title: "Emit typed events instead of console output",
      rationale: "console.log output cannot be replayed, filtered or audited: who allowed which tool call is lost.",
      steps: [
        "Define one discriminated union of events (model request, tool call, permission decided, error).",
        "Emit them through one emitter with subscribers for the terminal and a log file.",
      ],
    },
    partial: {
      title: "Log decisions as structured records",
      rationale: "Without decision records (which rule allowed a call, why the context was compacted) incidents cannot be explained.",
      steps: [
        "Add events for permission decisions, budget checks and compaction, each with the rule or mode that decided.",
        "Keep the decision log apart from the transcript.",
      ],
    },
  },
});
