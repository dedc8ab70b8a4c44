import { defineRule } from "../../engine/rule.js";
import { eventTypes, type EventTypeFact } from "../../analyzers/observe/event-types.js";
import { outsideProduct } from "../../analyzers/observe/names.js";
import { eventUnions } from "./event-unions.js";

type Emitter = Extract<EventTypeFact, { kind: "emitter" }>;

/** Evidence: events are typed, as a discriminated union or through a typed emitter. */
export default defineRule({
  id: "logging/typed-events",
  pillar: "logging",
  severity: "info",
  kind: "evidence",
  meta: {
    title: "Typed events",
    description: "Finds event unions discriminated by a literal type/kind (inline, enum-keyed, zod discriminatedUnion or tagged classes) and typed emitters.",
    rationale: "Typed events let every consumer (terminal, log file, SDK client) switch exhaustively over what the agent did.",
    references: ["T8"],
    recommendation: "Define one discriminated union of events with a literal `type` and emit it through one typed emitter.",
  },
  messages: { union: "event union {{name}} with {{count}} tagged variants", emitter: "typed emitter {{name}}" },
  detect(ctx) {
    for (const u of eventUnions(ctx).slice(0, 8)) {
      ctx.evidence({ signal: "typed-events", file: u.fact.file, line: u.fact.line, note: `event union ${u.fact.name} with ${u.variants.length} tagged variants` });
    }
    const emitters = ctx.facts(eventTypes).filter((f): f is Emitter => f.kind === "emitter" && !outsideProduct(f.file));
    for (const e of emitters.slice(0, 4)) {
      ctx.evidence({ signal: "typed-events", file: e.file, line: e.line, note: `typed emitter ${e.name}` });
    }
  },
});
