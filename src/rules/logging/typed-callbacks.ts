import { defineRule } from "../../engine/rule.js";
import { eventTypes, type EventTypeFact } from "../../analyzers/observe/event-types.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

type Callbacks = Extract<EventTypeFact, { kind: "callbacks" }>;

/** Evidence: the agent reports its progress through a typed callback map (onToolCall, onStepFinish). */
export default defineRule({
  id: "logging/typed-callbacks",
  pillar: "logging",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Typed callbacks",
    description: "Finds declared callback maps with two or more typed `onX` hooks (onToolCall, onStepFinish, onFinish).",
    rationale: "Typed callbacks are a first step to structured events: consumers get typed payloads, though not one replayable stream.",
    references: ["T8"],
    recommendation: "Fold the callbacks into one discriminated union of events so they can be logged and replayed as one stream.",
  },
  messages: { callbacks: "typed callbacks {{name}}" },
  detect(ctx) {
    const found = ctx.facts(eventTypes).filter((f): f is Callbacks => f.kind === "callbacks" && !outsideProduct(f.file));
    for (const f of found.slice(0, 4)) {
      ctx.evidence({ signal: "typed-callbacks", file: f.file, line: f.line, note: `typed callbacks ${f.name}: ${f.callbacks.join(", ")}` });
    }
  },
});
