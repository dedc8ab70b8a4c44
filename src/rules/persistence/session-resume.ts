import { defineRule } from "../../engine/rule.js";
import { sessionFacts } from "../../analyzers/state/session-facts.js";
import { persistenceSignal } from "./example-path.js";

/** Saved session state is read back to resume or continue. */
export default defineRule({
  id: "persistence/session-resume",
  pillar: "persistence",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Sessions can be resumed",
    description:
      "Saved session state is read back: a session file read and parsed, a load/resume/restore function for sessions or run state, a checkpointer's getTuple, or a --resume/--continue flag.",
    rationale: "Writing state is only half of persistence: without a read-back path an interrupted run starts over.",
    references: ["ASI06", "T1"],
    recommendation: "Add a resume path that rebuilds the session from what was saved and continues from the last completed step.",
  },
  messages: { resume: "session resume: {{note}}" },
  detect(ctx) {
    for (const f of ctx.facts(sessionFacts)) {
      if (f.kind === "resume") ctx.evidence({ signal: persistenceSignal(f.file, "resume"), file: f.file, line: f.line, note: f.note });
    }
  },
});
