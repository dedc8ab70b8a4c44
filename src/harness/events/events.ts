import { z } from "zod";

/** Anthropic Messages content blocks, as the model and the scenario speak them. */
export const ContentBlockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("tool_use"), id: z.string(), name: z.string(), input: z.unknown() }),
  z.object({ type: z.literal("tool_result"), tool_use_id: z.string(), content: z.string(), is_error: z.boolean().optional() }),
]);
export type ContentBlock = z.infer<typeof ContentBlockSchema>;

export const UsageSchema = z.object({ input_tokens: z.number().int().nonnegative(), output_tokens: z.number().int().nonnegative() });
export type Usage = z.infer<typeof UsageSchema>;

/** Why a loop ended; every ending has a name. */
export const EndReasonSchema = z.enum(["completed", "max_turns", "max_tokens", "max_cost", "timeout", "aborted", "model_error"]);
export type EndReason = z.infer<typeof EndReasonSchema>;

export const BudgetLimitsSchema = z.object({
  maxTurns: z.number().int().positive().optional(),
  maxTokens: z.number().int().positive().optional(),
  maxCostUsd: z.number().positive().optional(),
  maxWallMs: z.number().int().positive().optional(),
  contextWindow: z.number().int().positive().optional(),
  compactAt: z.number().positive().max(1).optional(),
});
export type BudgetLimits = z.infer<typeof BudgetLimitsSchema>;

const verdict = { decision: z.enum(["allow", "ask", "deny"]), by: z.string(), reason: z.string() };

/** Every event the harness emits: one union on a literal `type`, journaled and streamed as is. */
export const EventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("session_started"), task: z.string(), model: z.string(), mode: z.string(), role: z.string(), depth: z.number().int(), tools: z.array(z.string()) }),
  z.object({ type: z.literal("session_resumed"), events: z.number().int() }),
  z.object({ type: z.literal("journal_repaired"), droppedBytes: z.number().int(), reason: z.string() }),
  z.object({ type: z.literal("model_request"), turn: z.number().int(), messages: z.number().int(), projectedTokens: z.number().int() }),
  z.object({ type: z.literal("model_response"), turn: z.number().int(), content: z.array(ContentBlockSchema), usage: UsageSchema, stopReason: z.string() }),
  z.object({ type: z.literal("tool_requested"), callId: z.string(), tool: z.string(), input: z.unknown() }),
  z.object({ type: z.literal("permission_decided"), callId: z.string(), tool: z.string(), subject: z.string().optional(), ...verdict, final: z.enum(["allow", "deny"]), grant: z.string().optional() }),
  z.object({ type: z.literal("step_started"), key: z.string(), callId: z.string(), tool: z.string(), idempotent: z.boolean() }),
  /** A tool's result; with a `key` it also completes that step, so a step's end and its output are one durable line. */
  z.object({ type: z.literal("tool_result"), callId: z.string(), tool: z.string(), key: z.string().optional(), content: z.string(), isError: z.boolean() }),
  z.object({ type: z.literal("budget_checked"), turn: z.number().int(), ok: z.boolean(), limit: z.string(), spentTokens: z.number().int(), projectedTokens: z.number().int(), costUsd: z.number() }),
  z.object({ type: z.literal("compaction"), ok: z.boolean(), dropped: z.number().int(), kept: z.number().int(), beforeTokens: z.number().int(), afterTokens: z.number().int(), summary: z.string() }),
  z.object({ type: z.literal("agent_spawned"), callId: z.string(), role: z.string(), mode: z.string(), tools: z.array(z.string()), maxTurns: z.number().int() }),
  /** A sub-agent's end; its usage and cost are charged to the parent's budget. */
  z.object({ type: z.literal("agent_finished"), callId: z.string(), reason: EndReasonSchema, usage: UsageSchema, costUsd: z.number() }),
  z.object({ type: z.literal("agent_event"), callId: z.string(), event: z.unknown() }),
  z.object({ type: z.literal("verify_result"), turn: z.number().int(), command: z.string(), ok: z.boolean(), output: z.string() }),
  z.object({ type: z.literal("error"), where: z.string(), message: z.string() }),
  z.object({ type: z.literal("session_ended"), reason: EndReasonSchema, turns: z.number().int(), usage: UsageSchema, costUsd: z.number() }),
]);
export type HarnessEvent = z.infer<typeof EventSchema>;

/** Events that record a decision (permission, budget, compaction, routing, ending) or its outcome: the decision log. */
export const DECISION_TYPES = new Set<HarnessEvent["type"]>(["permission_decided", "budget_checked", "compaction", "agent_spawned", "agent_finished", "session_ended", "journal_repaired", "tool_result", "verify_result"]);

export function isDecision(event: HarnessEvent): boolean {
  return DECISION_TYPES.has(event.type);
}
