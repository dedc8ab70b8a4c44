import type { ContentBlock } from "../events/events.js";
import { estimateTokens } from "./budget.js";

/** One message of the conversation. */
export interface Message {
  role: "user" | "assistant";
  content: ContentBlock[];
}

/** Default context window, and the share of it past which older turns are compacted (Claude Code: about 83%). */
export const DEFAULT_WINDOW = 200_000;
export const DEFAULT_COMPACT_AT = 0.83;
/** Assistant turns always kept whole at the end of the conversation. */
export const KEEP_RECENT_TURNS = 2;
/** After this many compactions in a row that free nothing, compaction is no longer tried. */
export const MAX_COMPACTION_FAILURES = 3;

/** Token estimate of a conversation. */
export function contextTokens(messages: readonly Message[]): number {
  return estimateTokens(JSON.stringify(messages));
}

/** What compaction would drop: messages 1..dropped (the task at 0 and the recent turns stay), and a summary of them. */
export interface CompactionPlan {
  dropped: number;
  summary: string;
}

/**
 * Plans a compaction: keep the task (message 0) and the last KEEP_RECENT_TURNS assistant turns with what
 * follows them. Cutting only before an assistant message keeps each tool_use with its tool_result, and an
 * unresolved tool call, being last, is always kept.
 */
export function planCompaction(messages: readonly Message[]): CompactionPlan {
  const assistantAt = messages.flatMap((m, i) => (m.role === "assistant" && i > 0 ? [i] : []));
  const cut = assistantAt[assistantAt.length - KEEP_RECENT_TURNS];
  if (cut === undefined || cut <= 1) return { dropped: 0, summary: "" };
  const calls = new Map<string, number>();
  for (const m of messages.slice(1, cut)) {
    for (const b of m.content) if (b.type === "tool_use") calls.set(b.name, (calls.get(b.name) ?? 0) + 1);
  }
  const called = [...calls].map(([name, n]) => `${name} x${n}`).join(", ") || "none";
  return { dropped: cut - 1, summary: `[earlier conversation compacted: ${cut - 1} messages dropped; tools called: ${called}]` };
}

/** Applies a recorded compaction: the summary joins the task message, the dropped messages go. Replays the same way. */
export function applyCompaction(messages: readonly Message[], plan: CompactionPlan): Message[] {
  const [task, ...rest] = messages;
  if (!task) return [];
  return [{ role: task.role, content: [...task.content, { type: "text", text: plan.summary }] }, ...rest.slice(plan.dropped)];
}
