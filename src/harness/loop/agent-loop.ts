import { checkBudget, estimateTokens } from "../budget/budget.js";
import { DEFAULT_COMPACT_AT, DEFAULT_WINDOW, MAX_COMPACTION_FAILURES, applyCompaction, contextTokens, planCompaction } from "../budget/compaction.js";
import { costOf } from "../budget/prices.js";
import type { EndReason } from "../events/events.js";
import { ModelError } from "../model/client.js";
import { pendingCalls } from "../session/state.js";
import type { LoopContext } from "./context.js";
import { executeCall } from "./execute-call.js";
import { runVerifyStep } from "./verify-step.js";

async function end(ctx: LoopContext, reason: EndReason): Promise<EndReason> {
  const s = ctx.session.state;
  await ctx.session.emit({ type: "session_ended", reason, turns: s.turns, usage: s.usage, costUsd: s.costUsd });
  return reason;
}

/** Compacts older turns once the context passes its threshold; gives up after repeated failures. */
async function maybeCompact(ctx: LoopContext): Promise<void> {
  const s = ctx.session.state;
  const window = ctx.limits.contextWindow ?? DEFAULT_WINDOW;
  const before = contextTokens(s.messages);
  if (before < window * (ctx.limits.compactAt ?? DEFAULT_COMPACT_AT) || s.compactionFailures >= MAX_COMPACTION_FAILURES) return;
  const plan = planCompaction(s.messages);
  const ok = plan.dropped > 0;
  const kept = s.messages.length - plan.dropped;
  await ctx.session.emit({ type: "compaction", ok, dropped: plan.dropped, kept, beforeTokens: before, afterTokens: ok ? contextTokens(applyCompaction(s.messages, plan)) : before, summary: plan.summary });
}

/**
 * The agent loop: run the tool calls the model asked for, then check the budget and call the model again,
 * until the model stops asking or a limit ends it. Every state change is an event, so it resumes from any point.
 */
export async function runAgent(ctx: LoopContext): Promise<EndReason> {
  const { session } = ctx;
  const state = session.state;
  const system = `${ctx.role.instructions}\nWork only inside the workspace (paths are relative to it). Permission mode: ${session.config.mode}.`;
  while (state.ended === undefined) {
    if (ctx.signal.aborted) return end(ctx, "aborted");
    const pending = pendingCalls(state);
    if (pending.length > 0) {
      for (const call of pending) await executeCall(ctx, call);
      continue;
    }
    if (await runVerifyStep(ctx)) continue;
    if (state.messages[state.messages.length - 1]?.role === "assistant") return end(ctx, "completed");
    await maybeCompact(ctx);
    const projected = estimateTokens(system) + contextTokens(state.messages);
    const spent = { turns: state.turns, tokens: state.usage.input_tokens + state.usage.output_tokens, costUsd: state.costUsd, wallMs: Date.now() - ctx.startedAt };
    const check = checkBudget(ctx.limits, spent, projected, costOf(ctx.model.model, { input_tokens: projected, output_tokens: 0 }));
    await session.emit({ type: "budget_checked", turn: state.turns, ok: check.ok, limit: check.ok ? "none" : check.limit, spentTokens: spent.tokens, projectedTokens: projected, costUsd: state.costUsd });
    if (!check.ok) return end(ctx, check.limit);
    await session.emit({ type: "model_request", turn: state.turns, messages: state.messages.length, projectedTokens: projected });
    try {
      const response = await ctx.model.call({ turn: state.turns, system, messages: state.messages, tools: ctx.tools.describe(), maxTokens: check.maxOutput, signal: ctx.signal });
      await session.emit({ type: "model_response", turn: state.turns, ...response });
    } catch (error) {
      if (ctx.signal.aborted) return end(ctx, "aborted");
      if (!(error instanceof ModelError)) throw error;
      await session.emit({ type: "error", where: "model", message: error.message });
      return end(ctx, "model_error");
    }
  }
  return state.ended;
}
