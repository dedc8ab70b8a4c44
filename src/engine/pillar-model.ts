import type { PillarKey, PillarStatus } from "../core/pillars.js";
import type { Finding } from "../core/types.js";

/** One capability that counts toward a pillar, with its share of the pillar's 100 points. */
export interface SignalSpec {
  weight: number;
  description: string;
}

/** The signals a pillar has, as seen in one audit. */
export interface SignalSet {
  has(signal: string): boolean;
  count(signal: string): number;
  /** Findings of this pillar (hazards can cap a status). */
  readonly findings: readonly Finding[];
}

/** Advice for a pillar that is not present. */
export interface PillarAdvice {
  title: string;
  rationale: string;
  steps: readonly string[];
}

/**
 * How one pillar is judged: its signals and weights, and the status function that applies the
 * calibration rubric to them. Statuses come from what the code does, never from word counts.
 */
export interface PillarModel<S extends string = string> {
  readonly key: PillarKey;
  /** Foundations first: lower numbers are recommended earlier. */
  readonly priority: number;
  readonly signals: Readonly<Record<S, SignalSpec>>;
  status(signals: SignalSet): PillarStatus;
  readonly advice: Readonly<Record<"absent" | "partial", PillarAdvice>>;
}

/** Declares a pillar model; an identity function for type inference. */
export function definePillar<S extends string>(model: PillarModel<S>): PillarModel<S> {
  return model;
}
