import { defineRule } from "../../engine/rule.js";
import { sessionFacts } from "../../analyzers/state/session-facts.js";
import { persistenceSignal } from "./example-path.js";

/** Session files rewritten atomically: temp file then rename, fsync, or write-file-atomic. */
export default defineRule({
  id: "persistence/atomic-write",
  pillar: "persistence",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Atomic session writes",
    description:
      "Code that writes session state also renames a temporary file into place, fsyncs, or uses an atomic-write helper, so a crash never leaves a half-written session file.",
    rationale: "Rewriting a session file in place can leave it truncated if the process dies mid-write; the next resume then fails or loses the session.",
    references: ["ASI06", "T1"],
    recommendation: "Write the new state to a temp file in the same directory, fsync it, then rename it over the old file.",
  },
  messages: { atomic: "session file written atomically: {{note}}" },
  detect(ctx) {
    for (const f of ctx.facts(sessionFacts)) {
      if (f.kind === "atomic") ctx.evidence({ signal: persistenceSignal(f.file, "atomic-or-journal"), file: f.file, line: f.line, note: `atomic write: ${f.note}` });
      // A database-backed checkpointer writes each step's checkpoint in its own transaction.
      if (f.kind === "checkpointer") ctx.evidence({ signal: persistenceSignal(f.file, "atomic-or-journal"), file: f.file, line: f.line, note: `per-step checkpoints: ${f.note}` });
    }
  },
});
