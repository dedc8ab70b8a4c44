import type { PillarKey } from "../core/pillars.js";
import type { PillarScore, Severity } from "../core/types.js";
import type { PillarModel } from "../engine/pillar-model.js";
import { PILLAR_MODELS } from "../pillars/index.js";
import { byPillar } from "./by-pillar.js";
import { gradeOf, overallScore, scorePillar } from "../scoring/score.js";

/** The scoring constants the docs and reports explain, read off `scorePillar` itself so they cannot drift. */
export interface ScoringFacts {
  penalty: Readonly<Record<Exclude<Severity, "info">, number>>;
  bands: Readonly<Record<"absent" | "partial" | "present", { min: number; max: number }>>;
  /** Lowest overall score of each grade, best first. */
  grades: readonly { grade: string; min: number }[];
  /** Share of the overall score each pillar carries, in percent. */
  weights: Readonly<Record<PillarKey, number>>;
}

const probe = (status: "absent" | "partial" | "present", weight: number, severities: readonly Severity[] = []): number => {
  const model: PillarModel = {
    key: "registry",
    priority: 1,
    signals: { s: { weight, description: "probe" } },
    status: () => status,
    advice: { absent: { title: "", rationale: "", steps: [] }, partial: { title: "", rationale: "", steps: [] } },
  };
  const evidence = weight > 0 ? [{ file: "a.ts", line: 1, note: "", ruleId: "registry/probe", signal: "s" }] : [];
  const findings = severities.map((severity) => ({ ruleId: "registry/probe", pillar: "registry" as const, severity, message: "", file: "a.ts", line: 1, recommendation: "" }));
  return scorePillar(model, evidence, findings).score;
};

function gradeFloors(): { grade: string; min: number }[] {
  const out: { grade: string; min: number }[] = [];
  for (let score = 100; score >= 0; score -= 1) {
    const grade = gradeOf(score);
    const last = out[out.length - 1];
    if (last?.grade === grade) last.min = score;
    else out.push({ grade, min: score });
  }
  return out;
}

function pillarWeights(models: Readonly<Record<PillarKey, PillarModel>>): Record<PillarKey, number> {
  const only = (key: PillarKey): Record<PillarKey, PillarScore> =>
    byPillar((k) => ({ score: k === key ? 100 : 0, status: "absent", evidence: [], signals: [] }));
  return byPillar((key) => overallScore(models, only(key)));
}

/** Measures the hazard penalties, status bands, grade floors and pillar weights. */
export function scoringFacts(models: Readonly<Record<PillarKey, PillarModel>> = PILLAR_MODELS): ScoringFacts {
  return {
    grades: gradeFloors(),
    weights: pillarWeights(models),
    penalty: { error: 60 - probe("partial", 60, ["error"]), warning: 60 - probe("partial", 60, ["warning"]) },
    bands: {
      absent: { min: probe("absent", 0), max: probe("absent", 100) },
      partial: { min: probe("partial", 0), max: probe("partial", 100) },
      present: { min: probe("present", 0), max: probe("present", 100) },
    },
  };
}
