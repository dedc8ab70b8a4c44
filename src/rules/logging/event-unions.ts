import type { FactReader } from "../../engine/analyzer.js";
import { eventTypes, type EventTypeFact, type EventVariant } from "../../analyzers/observe/event-types.js";
import { outsideProduct } from "../../analyzers/observe/names.js";

type UnionFact = Extract<EventTypeFact, { kind: "union" }>;

/** A typed event union in product code with its resolved variants. */
export interface EventUnion {
  fact: UnionFact;
  variants: { name?: string; variant: EventVariant }[];
}

const EVENT_NAME = /event|(?:chunk|update|notification|signal|part|spandata|log|logentry)s?$/i;

/**
 * Unions of at least two tagged object types that are events: named as events (StreamEvent, TextStreamPart)
 * or made of types named as events. Members declared elsewhere are resolved by name.
 */
export function eventUnions(facts: FactReader): EventUnion[] {
  const all = facts.facts(eventTypes).filter((f) => !outsideProduct(f.file));
  const byName = new Map<string, EventVariant>();
  for (const f of all) if (f.kind === "variant") byName.set(f.name, f.variant);
  const out: EventUnion[] = [];
  for (const f of all) {
    if (f.kind !== "union") continue;
    const resolved = f.refs.flatMap((name) => {
      const variant = byName.get(name);
      return variant ? [{ name, variant }] : [];
    });
    const variants = [...f.inline.map((variant) => ({ variant })), ...resolved];
    if (variants.length < 2) continue;
    const eventNamed = EVENT_NAME.test(f.name) || resolved.filter((r) => /Event$/.test(r.name)).length >= 2;
    if (eventNamed) out.push({ fact: f, variants });
  }
  return out.sort((a, b) => b.variants.length - a.variants.length);
}
