import { PILLAR_KEYS, PILLAR_TITLES, type PillarKey, type PillarStatus } from "../core/pillars.js";
import type { Diagnostic, Evidence, Finding, Recommendation } from "../core/types.js";
import type { PillarModel } from "../engine/pillar-model.js";
import type { Report } from "../report/report.js";
import { topEvidence } from "./top-evidence.js";
import { scoringFacts, type ScoringFacts } from "./scoring-facts.js";

/** One signal of a pillar model, and whether this audit found it. */
export interface SignalView {
  name: string;
  weight: number;
  description: string;
  found: boolean;
}

/** One pillar as the Markdown report shows it. */
export interface PillarView {
  key: PillarKey;
  title: string;
  score: number;
  status: PillarStatus;
  icon: string;
  evidence: Evidence[];
  top: Evidence | undefined;
  signals: SignalView[];
  findings: number;
  /** Share of the overall score, in percent. */
  weight: number;
}

/** Everything the Markdown templates read; built here so the templates stay free of logic. */
export interface MarkdownView {
  report: Report;
  counts: { errors: number; warnings: number; info: number; suppressed: number };
  verdict: string;
  pillars: PillarView[];
  findings: Finding[];
  moreFindings: number;
  /** Suppressed findings; `reason` is empty when the directive gave none (the templates run in strict mode). */
  suppressed: (Finding & { reason: string })[];
  moreSuppressed: number;
  recommendations: Recommendation[];
  diagnostics: Diagnostic[];
  moreDiagnostics: number;
  scoring: ScoringFacts;
}

const ICON: Readonly<Record<PillarStatus, string>> = { present: "🟢", partial: "🟡", absent: "🔴" };
const MAX_DIAGNOSTICS = 20;
/** Keeps a pull-request comment well under GitHub's 65,536-character limit; findings come sorted, errors first. */
const MAX_FINDINGS = 100;

function verdictOf(report: Report, errors: number): string {
  const absent = PILLAR_KEYS.filter((k) => report.score.pillars[k].status === "absent").length;
  const present = PILLAR_KEYS.filter((k) => report.score.pillars[k].status === "present").length;
  const hazards = errors > 0 ? `${errors} hazard(s) to fix first; ` : "";
  return `${hazards}${present} of 7 pillars present, ${absent} absent.`;
}

/** Builds the Markdown view of a report, with the pillar models that explain the scores. */
export function markdownView(report: Report, models: Readonly<Record<PillarKey, PillarModel>>): MarkdownView {
  const count = (s: Finding["severity"]): number => report.findings.filter((f) => f.severity === s).length;
  const counts = { errors: count("error"), warnings: count("warning"), info: count("info"), suppressed: report.suppressed.length };
  const scoring = scoringFacts(models);
  const pillars = PILLAR_KEYS.map((key): PillarView => {
    const p = report.score.pillars[key];
    const found = new Set(p.signals);
    return {
      key,
      title: PILLAR_TITLES[key],
      score: p.score,
      status: p.status,
      icon: ICON[p.status],
      evidence: p.evidence,
      top: topEvidence(p, models[key]),
      signals: Object.entries(models[key].signals).map(([name, spec]) => ({ name, weight: spec.weight, description: spec.description, found: found.has(name) })),
      findings: report.findings.filter((f) => f.pillar === key && f.severity !== "info").length,
      weight: scoring.weights[key],
    };
  });
  return {
    report,
    counts,
    verdict: verdictOf(report, counts.errors),
    pillars,
    findings: report.findings.slice(0, MAX_FINDINGS),
    moreFindings: Math.max(0, report.findings.length - MAX_FINDINGS),
    suppressed: report.suppressed.slice(0, MAX_FINDINGS).map((f) => ({ ...f, reason: f.reason ?? "" })),
    moreSuppressed: Math.max(0, report.suppressed.length - MAX_FINDINGS),
    recommendations: report.recommendations,
    diagnostics: report.diagnostics.slice(0, MAX_DIAGNOSTICS),
    moreDiagnostics: Math.max(0, report.diagnostics.length - MAX_DIAGNOSTICS),
    scoring,
  };
}
