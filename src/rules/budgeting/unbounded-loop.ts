import { defineRule } from "../../engine/rule.js";
import { codeAgentRuns } from "../../analyzers/observe/code-agent-runs.js";
import { agentLoopsOf, innermost } from "./loop-facts.js";

/** An agent loop that calls a model with no turn, token, cost or time bound. */
export default defineRule({
  id: "budgeting/unbounded-loop",
  pillar: "budgeting",
  severity: "error",
  kind: "hazard",
  meta: {
    title: "Agent loop with no turn or token bound",
    description:
      "A loop (or recursive function) calls a model and nothing in it compares a turn counter, token or cost budget or deadline against a limit; it ends only when the model stops asking for tools.",
    rationale:
      "A model that keeps calling tools (a confused plan, a tool that always fails, a prompt injection) keeps the loop running and the bill growing. `max_tokens` bounds one response, not the loop.",
    references: ["LLM10", "T4"],
    recommendation:
      "Count turns and tokens in the loop and stop with a named reason when either passes its limit (for example `for (let turn = 0; turn < maxTurns; turn++)`, plus a token budget check).",
  },
  messages: {
    unbounded: "{{kind}} calls a model ({{call}}) with no turn, token or time bound: it ends only when the model stops",
    sdkRun: "the Claude Agent SDK's agent loop runs with no maxTurns or maxBudgetUsd: it ends only when the model stops",
    optIn: "{{kind}} calls a model ({{call}}) and checks {{limit}} only when a caller sets it; by default it ends only when the model stops",
  },
  detect(ctx) {
    const unbounded = agentLoopsOf(ctx).filter((l) => !l.bound);
    for (const { loop, modelCall, optIn } of innermost(unbounded)) {
      const kind =
        loop.kind === "recursion" ? `recursive function ${loop.inFunction ?? ""}` : loop.kind === "sdk" ? "the SDK's own tool loop" : `${loop.kind} loop`;
      const limit = optIn?.replace(/ \(only when set; no default\)$/, "");
      if (limit) ctx.report({ messageId: "optIn", data: { kind, call: modelCall, limit }, file: loop.file, line: loop.line });
      else ctx.report({ messageId: "unbounded", data: { kind, call: modelCall }, file: loop.file, line: loop.line });
    }
    for (const r of ctx.facts(codeAgentRuns)) if (!r.limit) ctx.report({ messageId: "sdkRun", data: {}, file: r.file, line: r.line });
  },
});
