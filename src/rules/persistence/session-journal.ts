import { defineRule } from "../../engine/rule.js";
import { sessionFacts } from "../../analyzers/state/session-facts.js";
import { persistenceSignal } from "./example-path.js";

/** Session events appended as JSON Lines: an append-only journal. */
export default defineRule({
  id: "persistence/session-journal",
  pillar: "persistence",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Append-only session journal",
    description:
      "Session entries are appended one JSON document per line (appendFile with JSON.stringify and a newline) to a session file, so each change is on disk as it happens and earlier lines are never rewritten.",
    rationale: "An append-only journal survives a crash mid-write (only the torn last line is lost) and can be replayed to resume.",
    references: ["ASI06", "T1"],
    recommendation: "Append each event (message, tool call, result, usage) as one JSON line to a per-session .jsonl file.",
  },
  messages: { journal: "append-only JSONL session journal: {{note}}" },
  detect(ctx) {
    for (const f of ctx.facts(sessionFacts)) {
      if (f.kind === "journal") ctx.evidence({ signal: persistenceSignal(f.file, "atomic-or-journal"), file: f.file, line: f.line, note: f.note });
    }
  },
});
