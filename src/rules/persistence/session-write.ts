import { defineRule } from "../../engine/rule.js";
import { sessionFacts } from "../../analyzers/state/session-facts.js";
import { persistenceSignal } from "./example-path.js";

/** Session or conversation state written to disk or a database. */
export default defineRule({
  id: "persistence/session-write",
  pillar: "persistence",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Session state is written durably",
    description:
      "Session, conversation or checkpoint state is written to a file (writeFile, appendFile, streams), a database table or a durable checkpointer, not only kept in memory. Config files, caches and logs do not count.",
    rationale: "State kept only in memory is lost when the process dies, and the whole run has to be repeated.",
    references: ["ASI06", "T1"],
    recommendation: "Write each session's messages and state to a per-session file or table as they change.",
  },
  messages: { write: "session state written durably: {{note}}" },
  detect(ctx) {
    for (const f of ctx.facts(sessionFacts)) {
      if (f.kind !== "write" && f.kind !== "journal" && f.kind !== "checkpointer") continue;
      ctx.evidence({ signal: persistenceSignal(f.file, "durable-state"), file: f.file, line: f.line, note: f.note });
    }
  },
});
