import { defineRule } from "../../engine/rule.js";
import { sessionFacts } from "../../analyzers/state/session-facts.js";
import { persistenceSignal } from "./example-path.js";

/** Durable session state that holds more than messages: usage, tool records, approvals, checkpoints, typed entries. */
export default defineRule({
  id: "persistence/rich-session-state",
  pillar: "persistence",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Session state beyond messages",
    description:
      "The code that saves sessions also records token usage, tool calls and results, permission grants, checkpoints or typed entries, not only the message list.",
    rationale: "Resuming from messages alone loses budgets, approvals and which tool calls already ran, so a resumed run can repeat side effects.",
    references: ["ASI06", "T1"],
    recommendation: "Save usage, tool-call records (with ids and outcomes) and permission grants with the messages, as typed entries.",
  },
  messages: { rich: "session state includes {{content}}" },
  detect(ctx) {
    for (const f of ctx.facts(sessionFacts)) {
      if (f.kind === "atomic" || f.kind === "resume" || f.content.length === 0) continue;
      ctx.evidence({ signal: persistenceSignal(f.file, "rich-state"), file: f.file, line: f.line, note: `saves ${f.content.join(", ")}: ${f.note}` });
    }
  },
});
