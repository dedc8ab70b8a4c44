/** Plumbline's public API. */
export { audit, analyzeLoaded, type AuditOptions, type AuditParts } from "./audit.js";
export { PILLAR_KEYS, PILLAR_TITLES, type PillarKey, type PillarStatus } from "./core/pillars.js";
export type { Diagnostic, Evidence, Finding, Recommendation, Severity, SuppressedFinding } from "./core/types.js";
export type { Report } from "./report/report.js";
export { reportSchema } from "./report/schema.js";
export { ALL_RULES, findRule } from "./rules/index.js";
export { defineRule, type Rule, type RuleContext } from "./engine/rule.js";
export { defineAnalyzer, type Analyzer } from "./engine/analyzer.js";
export { run } from "./cli/run.js";
