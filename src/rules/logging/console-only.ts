import { defineRule } from "../../engine/rule.js";
import { modelCalls } from "../../analyzers/common/model-calls.js";
import { loggers, type LoggerFact } from "../../analyzers/observe/loggers.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

type ConsoleFact = Extract<LoggerFact, { kind: "console" }>;

/** Smell: an agent that logs only with console output. */
export default defineRule({
  id: "logging/console-only",
  pillar: "logging",
  severity: "warning",
  kind: "smell",
  phase: "scored",
  meta: {
    title: "Agent logs only to the console",
    description:
      "The codebase calls a language model but has no structured logger, typed events, decision records or telemetry: everything it reports goes through console.*. Reported once, where console output is densest.",
    rationale: "Console text cannot be filtered, replayed or audited: which tool ran, who allowed it and why the loop stopped are lost when the terminal closes.",
    references: ["T8"],
    recommendation: "Define a discriminated union of agent events and emit them to a JSON Lines log; render the console view from the events.",
  },
  messages: {
    consoleOnly: "agent logs only through console.* ({{count}} calls in {{files}} files) with no structured logger, typed events or decision records",
  },
  detect(ctx) {
    if (ctx.status("logging") !== "absent") return;
    if (!ctx.facts(modelCalls).some((c) => !outsideProduct(c.file))) return;
    const consoles = ctx.facts(loggers).filter((f): f is ConsoleFact => f.kind === "console" && !outsideProduct(f.file));
    const densest = consoles.reduce<ConsoleFact | undefined>((best, f) => (!best || f.count > best.count ? f : best), undefined);
    if (!densest) return;
    const count = consoles.reduce((n, f) => n + f.count, 0);
    ctx.report({ messageId: "consoleOnly", data: { count, files: consoles.length }, file: densest.file, line: densest.line });
  },
});
