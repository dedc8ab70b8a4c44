import { PILLAR_KEYS, type PillarKey, type PillarStatus } from "./core/pillars.js";
import type { Diagnostic, Evidence, PillarScore } from "./core/types.js";
import { ALL_ANALYZERS } from "./analyzers/index.js";
import type { Analyzer, FactBase } from "./engine/analyzer.js";
import { FactStore } from "./engine/fact-store.js";
import { detectFrameworks } from "./engine/frameworks.js";
import type { PillarModel } from "./engine/pillar-model.js";
import type { ProjectInfo, Rule } from "./engine/rule.js";
import { runRules, type RuleResults, type RuleSettings } from "./engine/run-rules.js";
import { runAnalyzers } from "./engine/walk.js";
import { runAnalyzersParallel } from "./engine/batches.js";
import { autoJobs, canUseWorkers } from "./engine/pool.js";
import { loadTarget } from "./loader/load.js";
import type { LoadOptions, LoadResult } from "./loader/types.js";
import { PILLAR_MODELS } from "./pillars/index.js";
import { recommend } from "./recommend/recommend.js";
import type { Report } from "./report/report.js";
import { ALL_RULES } from "./rules/index.js";
import { gradeOf, overallScore, scorePillar } from "./scoring/score.js";
import { collectSuppressions, NO_SUPPRESSIONS } from "./suppress/suppressions.js";
import { VERSION } from "./version.js";

/** Options of one audit. */
export interface AuditOptions {
  load?: Partial<LoadOptions>;
  rules?: RuleSettings;
  /** Path shown in the report (defaults to the root as given). */
  displayPath?: string;
  /**
   * Threads for the analysis: a number, or "auto" (one thread below 4 cores; else up to 4, leaving a
   * core to V8, once the target is large enough to repay starting them). Results are the same for any value.
   */
  jobs?: number | "auto";
  /** Whether `plumbline-disable` comments in the audited files suppress findings (default true). */
  inlineConfig?: boolean;
}

/** Everything the pipeline needs besides the files, so tests can swap parts. */
export interface AuditParts {
  analyzers: readonly Analyzer<FactBase>[];
  rules: readonly Rule[];
  models: Readonly<Record<PillarKey, PillarModel>>;
}

const DEFAULT_PARTS: AuditParts = { analyzers: ALL_ANALYZERS, rules: ALL_RULES, models: PILLAR_MODELS };

/** Audits a repository on disk: load, analyze, run rules, score, recommend. */
export async function audit(root: string, options: AuditOptions = {}): Promise<Report> {
  const started = performance.now();
  const loaded = await loadTarget(root, options.load);
  const helpers = helperThreads(loaded, options.jobs ?? "auto");
  const named = { ...options, displayPath: options.displayPath ?? root };
  if (helpers === 0) return analyzeLoaded(loaded, named, DEFAULT_PARTS, started);
  const diagnostics = [...loaded.diagnostics];
  const store = new FactStore();
  await runAnalyzersParallel(loaded.files, DEFAULT_PARTS.analyzers, store, diagnostics, helpers);
  return finishAudit(loaded, store, diagnostics, named, DEFAULT_PARTS, started);
}

/** Below this much source text, starting a worker (it loads the compiler) costs more than it saves. */
const AUTO_PARALLEL_BYTES = 2_000_000;

function helperThreads(loaded: LoadResult, jobs: number | "auto"): number {
  if (!canUseWorkers()) return 0;
  if (jobs !== "auto") return Math.max(0, Math.floor(jobs) - 1);
  const bytes = loaded.files.reduce((n, f) => n + f.text.length, 0);
  return bytes < AUTO_PARALLEL_BYTES ? 0 : autoJobs() - 1;
}

/** The pipeline after loading; a plain function of the loaded files. */
export function analyzeLoaded(
  loaded: LoadResult,
  options: AuditOptions,
  parts: AuditParts = DEFAULT_PARTS,
  started = performance.now(),
): Report {
  const diagnostics = [...loaded.diagnostics];
  const store = new FactStore();
  runAnalyzers(loaded.files, parts.analyzers, store, diagnostics);
  return finishAudit(loaded, store, diagnostics, options, parts, started);
}

/** Rules, scoring, recommendations and the report, from the facts. */
function finishAudit(
  loaded: LoadResult,
  store: FactStore,
  diagnostics: Diagnostic[],
  options: AuditOptions,
  parts: AuditParts,
  started: number,
): Report {
  const project: ProjectInfo = {
    root: loaded.root,
    frameworks: detectFrameworks(loaded.manifests),
    files: loaded.files.map(({ path, role, lines }) => ({ path, role, lines })),
  };
  const results: RuleResults = { findings: [], evidence: new Map() };
  const settings = options.rules ?? {};
  const noStatus = (): PillarStatus => "absent";
  // Suppressed findings leave before each scoring, so scored-phase rules see the statuses they earned.
  const inline = options.inlineConfig === false ? NO_SUPPRESSIONS : collectSuppressions(loaded.files, parts.rules.map((r) => r.id));
  runRules(parts.rules, "facts", store, project, settings, noStatus, results);
  inline.apply(results.findings);
  let pillars = scoreAll(parts.models, results);
  runRules(parts.rules, "scored", store, project, settings, (k) => pillars[k].status, results);
  inline.apply(results.findings);
  pillars = scoreAll(parts.models, results);
  const { suppressed, diagnostics: directiveDiagnostics } = inline.outcome();
  diagnostics.push(...directiveDiagnostics);
  const findings = sortFindings(results.findings);
  const overall = overallScore(parts.models, pillars);
  const files = loaded.files.filter((f) => f.role !== "markdown");
  const totalMs = Math.round(performance.now() - started);
  return {
    tool: { name: "plumbline", version: VERSION },
    target: { path: options.displayPath ?? loaded.root, files: files.length, lines: files.reduce((n, f) => n + f.lines, 0) },
    score: { overall, grade: gradeOf(overall), pillars },
    findings,
    suppressed,
    recommendations: recommend(parts.models, pillars, findings, parts.rules),
    diagnostics: diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message)),
    frameworks: project.frameworks.slice(),
    timing: { totalMs, filesPerSecond: totalMs > 0 ? Math.round((files.length * 1000) / totalMs) : files.length },
  };
}

function scoreAll(models: Readonly<Record<PillarKey, PillarModel>>, results: RuleResults): Record<PillarKey, PillarScore> {
  const out = {} as Record<PillarKey, PillarScore>;
  for (const key of PILLAR_KEYS) {
    const evidence: Evidence[] = results.evidence.get(key) ?? [];
    out[key] = scorePillar(models[key], evidence, results.findings);
  }
  return out;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function sortFindings<T extends { severity: keyof typeof SEVERITY_ORDER; file: string; line: number; ruleId: string }>(list: T[]): T[] {
  return list.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}
