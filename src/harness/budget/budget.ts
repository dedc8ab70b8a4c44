import type { BudgetLimits, EndReason } from "../events/events.js";

/** Largest answer asked of the model in one call. */
export const MAX_OUTPUT_PER_CALL = 4096;

/** Turns a session may take when its config sets no limit: no loop runs unbounded by default. */
export const DEFAULT_MAX_TURNS = 100;

/** What has been spent so far in a session. */
export interface Spent {
  turns: number;
  tokens: number;
  costUsd: number;
  wallMs: number;
}

/** The outcome of a budget check before a model call: the output tokens the call may use, or the limit that stops it. */
export type BudgetCheck = { ok: true; maxOutput: number } | { ok: false; limit: EndReason };

/**
 * Checks a projected call against hard limits. Output is capped at what is left after the projected input,
 * so a call that is allowed can never push spent tokens over the limit.
 */
export function checkBudget(limits: BudgetLimits, spent: Spent, projectedInput: number, projectedCostUsd: number): BudgetCheck {
  if (spent.turns >= (limits.maxTurns ?? DEFAULT_MAX_TURNS)) return { ok: false, limit: "max_turns" };
  if (limits.maxWallMs !== undefined && spent.wallMs >= limits.maxWallMs) return { ok: false, limit: "timeout" };
  let maxOutput = MAX_OUTPUT_PER_CALL;
  if (limits.maxTokens !== undefined) maxOutput = Math.min(maxOutput, limits.maxTokens - spent.tokens - projectedInput);
  if (maxOutput <= 0) return { ok: false, limit: "max_tokens" };
  if (limits.maxCostUsd !== undefined && spent.costUsd + projectedCostUsd >= limits.maxCostUsd) {
    return { ok: false, limit: "max_cost" };
  }
  return { ok: true, maxOutput };
}

/** Rough token count of some text (four characters a token), used only for projections. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
