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
  return taggedUnions(facts, (f, resolved) => EVENT_NAME.test(f.name) || resolved.filter((r) => /Event$/.test(r.name)).length >= 2);
}

/** Types of trace records (`Trace`, `AgentTrace`, `SpanData`). */
const TRACE_NAME = /(?:Trace|Span|SpanData)s?$/;

/**
 * Unions of tagged trace records (`type Trace = AgentResponseTrace | GradeRunTrace`): a typed record of
 * each step the agent took, kept apart from the transcript.
 */
export function traceUnions(facts: FactReader): EventUnion[] {
  return taggedUnions(facts, (f, resolved) => TRACE_NAME.test(f.name) && resolved.filter((r) => TRACE_NAME.test(r.name)).length >= 2);
}

function taggedUnions(facts: FactReader, accept: (f: UnionFact, resolved: { name: string }[]) => boolean): EventUnion[] {
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
    if (accept(f, resolved)) out.push({ fact: f, variants });
  }
  return out.sort((a, b) => b.variants.length - a.variants.length);
}
