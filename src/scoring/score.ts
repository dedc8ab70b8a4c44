import { PILLAR_KEYS, type PillarKey } from "../core/pillars.js";
import type { Evidence, Finding, PillarScore } from "../core/types.js";
import type { PillarModel, SignalSet } from "../engine/pillar-model.js";

/** Points a pillar loses per hazard finding in it, by severity. */
export const PENALTY = { error: 25, warning: 10, info: 0 } as const;
/** Score band of each status: a pillar's points are clamped into the band its status allows. */
export const STATUS_BANDS = {
  absent: { min: 0, max: 20 },
  partial: { min: 21, max: 79 },
  present: { min: 80, max: 100 },
} as const;
const MAX_EVIDENCE_PER_SIGNAL = 5;

/** The score of every pillar plus the overall score and grade. */
export interface ScoreCard {
  overall: number;
  grade: "A" | "B" | "C" | "D" | "F";
  pillars: Record<PillarKey, PillarScore>;
}

/**
 * Scores one pillar: the sum of the weights of the signals found, less hazard penalties,
 * with the status from the pillar's own rubric function.
 */
export function scorePillar(model: PillarModel, evidence: readonly Evidence[], findings: readonly Finding[]): PillarScore {
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(e.signal, (counts.get(e.signal) ?? 0) + 1);
  const mine = findings.filter((f) => f.pillar === model.key);
  const set: SignalSet = { has: (s) => (counts.get(s) ?? 0) > 0, count: (s) => counts.get(s) ?? 0, findings: mine };
  const status = model.status(set);
  let points = 0;
  for (const [signal, spec] of Object.entries(model.signals)) if (set.has(signal)) points += spec.weight;
  for (const f of mine) points -= PENALTY[f.severity];
  const band = STATUS_BANDS[status];
  const score = Math.max(band.min, Math.min(band.max, Math.round(points)));
  return { score, status, evidence: trimEvidence(evidence), signals: [...counts.keys()].sort() };
}

/** Keeps a handful of evidence items per signal, in a stable order. */
function trimEvidence(evidence: readonly Evidence[]): Evidence[] {
  const sorted = [...evidence].sort(
    (a, b) => a.signal.localeCompare(b.signal) || a.file.localeCompare(b.file) || a.line - b.line || a.note.localeCompare(b.note),
  );
  const perSignal = new Map<string, number>();
  const out: Evidence[] = [];
  for (const e of sorted) {
    const n = perSignal.get(e.signal) ?? 0;
    if (n >= MAX_EVIDENCE_PER_SIGNAL) continue;
    perSignal.set(e.signal, n + 1);
    out.push(e);
  }
  return out;
}

/** Grade for an overall score. */
export function gradeOf(score: number): ScoreCard["grade"] {
  if (score >= 90) return "A";
  if (score >= 80) return "B";
  if (score >= 70) return "C";
  if (score >= 60) return "D";
  return "F";
}

/** Overall score: the mean of the pillar scores, foundations (lower priority numbers) weighted more. */
export function overallScore(models: Readonly<Record<PillarKey, PillarModel>>, pillars: Record<PillarKey, PillarScore>): number {
  let total = 0;
  let weights = 0;
  for (const key of PILLAR_KEYS) {
    const w = models[key].priority <= 2 ? 1.5 : 1;
    total += pillars[key].score * w;
    weights += w;
  }
  return Math.round(total / weights);
}
