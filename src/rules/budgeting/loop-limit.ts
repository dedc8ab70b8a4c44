import { defineRule } from "../../engine/rule.js";
import { budgetFacts } from "../../analyzers/state/budget-facts.js";
import { agentLoopsOf } from "./loop-facts.js";
import { preferProject } from "./prefer-project.js";

/** A turn, token, cost or time limit that the agent loop checks, or that is handed to an SDK loop. */
export default defineRule({
  id: "budgeting/loop-limit",
  pillar: "budgeting",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Agent loop has a hard limit",
    description:
      "A loop that calls a model compares a turn counter, token or cost budget or deadline with a limit and stops, or a limit such as maxTurns, maxSteps, stopWhen: stepCountIs(n) or recursionLimit is passed to an SDK's own loop.",
    rationale: "A hard limit in the loop is what turns a runaway model into a stopped run with a named reason instead of an unbounded bill.",
    references: ["LLM10", "T4"],
    recommendation: "Stop the loop when turns or tokens pass their limit, with a named stop reason (max turns exceeded, budget exceeded).",
  },
  messages: { limit: "agent loop bounded: {{note}}" },
  detect(ctx) {
    const found = [
      ...agentLoopsOf(ctx).flatMap(({ loop, bound, optIn, modelCall }) => {
        const limit = bound ?? optIn;
        return limit ? [{ file: loop.file, line: loop.line, note: `${limit} (loop calls ${modelCall})` }] : [];
      }),
      ...ctx.facts(budgetFacts).filter((f) => f.kind === "sdk-limit"),
    ];
    for (const { file, line, note } of preferProject(found)) ctx.evidence({ signal: "limit-enforced", file, line, note });
  },
});
