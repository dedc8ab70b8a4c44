import { applyCompaction, type Message } from "../budget/compaction.js";
import { costOf } from "../budget/prices.js";
import type { ContentBlock, EndReason, HarnessEvent, Usage } from "../events/events.js";

/** Where a step stands; a step is a tool call, keyed by an idempotency key stable across resumes. */
export type StepState = "started" | "completed";

/** Everything a session is, rebuilt from its journal: more than messages. */
export interface SessionState {
  task: string;
  model: string;
  mode: string;
  role: string;
  messages: Message[];
  turns: number;
  usage: Usage;
  costUsd: number;
  grants: string[];
  steps: Record<string, StepState>;
  compactionFailures: number;
  /** Sub-agents whose usage has been charged, by spawn call id. */
  agentsCharged: string[];
  ended: EndReason | undefined;
}

/** The state before any event. */
export function emptyState(): SessionState {
  return { task: "", model: "", mode: "", role: "", messages: [], turns: 0, usage: { input_tokens: 0, output_tokens: 0 }, costUsd: 0, grants: [], steps: {}, compactionFailures: 0, agentsCharged: [], ended: undefined };
}

function pushResult(state: SessionState, block: ContentBlock): void {
  const last = state.messages[state.messages.length - 1];
  if (last?.role === "user" && state.messages.length > 1) last.content.push(block);
  else state.messages.push({ role: "user", content: [block] });
}

/** Folds one event into the state; replaying a journal is folding its events in order. */
export function applyEvent(state: SessionState, event: HarnessEvent): SessionState {
  switch (event.type) {
    case "session_started":
      Object.assign(state, { task: event.task, model: event.model, mode: event.mode, role: event.role });
      state.messages = [{ role: "user", content: [{ type: "text", text: event.task }] }];
      break;
    case "model_response":
      state.turns = event.turn + 1;
      state.messages.push({ role: "assistant", content: event.content });
      state.usage = { input_tokens: state.usage.input_tokens + event.usage.input_tokens, output_tokens: state.usage.output_tokens + event.usage.output_tokens };
      state.costUsd += costOf(state.model, event.usage);
      break;
    case "permission_decided":
      if (event.grant !== undefined && !state.grants.includes(event.grant)) state.grants.push(event.grant);
      break;
    case "step_started":
      state.steps[event.key] = "started";
      break;
    case "tool_result":
      if (event.key !== undefined) state.steps[event.key] = "completed";
      pushResult(state, { type: "tool_result", tool_use_id: event.callId, content: event.content, is_error: event.isError });
      break;
    case "verify_result":
      state.steps[`verify:${event.turn}`] = "completed";
      pushResult(state, { type: "text", text: `verify step \`${event.command}\` ${event.ok ? "passed" : "failed"}:\n${event.output}` });
      break;
    case "compaction":
      if (event.ok) state.messages = applyCompaction(state.messages, event);
      state.compactionFailures = event.ok ? 0 : state.compactionFailures + 1;
      break;
    case "session_ended":
      state.ended = event.reason;
      break;
    case "agent_finished":
      state.agentsCharged.push(event.callId);
      state.usage = { input_tokens: state.usage.input_tokens + event.usage.input_tokens, output_tokens: state.usage.output_tokens + event.usage.output_tokens };
      state.costUsd += event.costUsd;
      break;
    case "session_resumed":
    case "journal_repaired":
    case "model_request":
    case "tool_requested":
    case "budget_checked":
    case "agent_spawned":
    case "agent_event":
    case "error":
      break;
  }
  return state;
}

/** Rebuilds a session's state from its events. */
export function replay(events: readonly HarnessEvent[]): SessionState {
  return events.reduce(applyEvent, emptyState());
}

/** Tool calls of the last assistant message that have no result yet, in order. */
export function pendingCalls(state: SessionState): Extract<ContentBlock, { type: "tool_use" }>[] {
  const lastAssistant = state.messages.map((m) => m.role).lastIndexOf("assistant");
  const assistant = state.messages[lastAssistant];
  if (!assistant) return [];
  const answered = new Set(state.messages.slice(lastAssistant + 1).flatMap((m) => m.content.flatMap((b) => (b.type === "tool_result" ? [b.tool_use_id] : []))));
  return assistant.content.flatMap((b) => (b.type === "tool_use" && !answered.has(b.id) ? [b] : []));
}
