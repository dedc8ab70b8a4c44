import { definePillar } from "../engine/pillar-model.js";

/** Persistence: durable session state beyond messages, resumable, crash-safe. */
export default definePillar({
  key: "persistence",
  priority: 2,
  signals: {
    "durable-state": { weight: 25, description: "session or conversation state is written to disk or a database" },
    "rich-state": { weight: 20, description: "state saved beyond messages: usage, tool records, checkpoints, typed entries" },
    resume: { weight: 25, description: "saved state is read back to resume or continue a session" },
    "atomic-or-journal": { weight: 20, description: "atomic writes (temp file and rename) or an append-only journal" },
    "example-state": { weight: 10, description: "session persistence shown only in example or demo code" },
  },
  status: (s) => {
    // The rubric's "present" needs all four: durable, beyond messages, resumable, crash-safe.
    const all = ["durable-state", "rich-state", "resume", "atomic-or-journal"].every((k) => s.has(k));
    if (all) return "present";
    if (s.has("durable-state") || s.has("resume") || s.has("example-state")) return "partial";
    return "absent";
  },
  advice: {
    absent: {
      title: "Persist the session as an append-only journal",
      rationale: "State held only in memory is lost on a crash, and a rerun repeats every side effect.",
      steps: [
        "Append each event (messages, tool calls and results, usage) to a JSONL journal as it happens.",
        "Add resume: rebuild the state from the journal and continue from the last completed step.",
        "Record idempotency keys for side-effecting steps so a resumed run does not repeat them.",
      ],
    },
    partial: {
      title: "Make saved sessions crash-safe and resumable",
      rationale: "Saving messages alone, or rewriting a file in place, loses usage and tool state and can leave a torn file.",
      steps: [
        "Save usage, permission grants and tool-call records along with the messages.",
        "Write snapshots atomically (temp file, fsync, rename) or append to a journal.",
        "Read the state back on resume and skip completed tool calls.",
      ],
    },
  },
});
