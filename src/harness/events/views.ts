import type { HarnessEvent } from "./events.js";
import { EventSchema, isDecision } from "./events.js";
import type { Subscriber } from "./bus.js";

/** One line per event worth a person's eye, for the terminal. */
export function terminalView(write: (line: string) => void): Subscriber {
  return (e: HarnessEvent) => {
    switch (e.type) {
      case "model_response":
        for (const b of e.content) if (b.type === "text") write(`assistant: ${b.text}\n`);
        return;
      case "tool_requested":
        write(`tool ${e.tool} ${JSON.stringify(e.input)}\n`);
        return;
      case "permission_decided":
        write(`  ${e.final} (${e.by}): ${e.reason}\n`);
        return;
      case "tool_result":
        write(`  ${e.isError ? "error" : "ok"}: ${e.content.split("\n")[0] ?? ""}\n`);
        return;
      case "compaction":
        write(`compaction: dropped ${e.dropped} messages (${e.beforeTokens} -> ${e.afterTokens} tokens)\n`);
        return;
      case "agent_spawned":
        write(`sub-agent ${e.role} in ${e.mode} mode\n`);
        return;
      case "verify_result":
        write(`verify ${e.command}: ${e.ok ? "passed" : "failed"}\n`);
        return;
      case "agent_finished":
        write(`sub-agent ended: ${e.reason}\n`);
        return;
      case "journal_repaired":
      case "error":
      case "session_ended":
        write(`${JSON.stringify(e)}\n`);
        return;
      case "session_started":
      case "session_resumed":
      case "model_request":
      case "step_started":
      case "budget_checked":
      case "agent_event":
        return;
    }
  };
}

/** Every event as one JSON line, for other programs (`--events jsonl`). */
export function jsonlView(write: (line: string) => void): Subscriber {
  return (e) => write(`${JSON.stringify(e)}\n`);
}

/** Keeps decision events, the log kept apart from the transcript; sub-agent decisions are unwrapped. */
export function decisionCollector(into: HarnessEvent[]): Subscriber {
  return (e) => {
    if (isDecision(e)) into.push(e);
    if (e.type !== "agent_event") return;
    const inner = EventSchema.safeParse(e.event);
    if (inner.success && (isDecision(inner.data) || inner.data.type === "agent_event")) into.push(e);
  };
}
