import type { PillarKey, PillarStatus } from "./pillars.js";

/** Finding severities, as in the JSON report contract. */
export type Severity = "error" | "warning" | "info";

/** A place in the audited repository: a root-relative path with forward slashes and a 1-based line. */
export interface Location {
  file: string;
  line: number;
}

/** One piece of evidence behind a pillar score. */
export interface Evidence extends Location {
  note: string;
  ruleId: string;
  signal: string;
}

/** One finding, as in the JSON report contract. */
export interface Finding extends Location {
  ruleId: string;
  pillar: PillarKey;
  severity: Severity;
  message: string;
  recommendation: string;
}

/** A file that was skipped or could not be parsed. */
export interface Diagnostic {
  file: string;
  message: string;
}

/** A pillar's computed score. */
export interface PillarScore {
  score: number;
  status: PillarStatus;
  evidence: Evidence[];
  signals: string[];
}

/** A recommendation, ordered by priority (1 first). */
export interface Recommendation {
  priority: number;
  title: string;
  rationale: string;
  steps: string[];
  rules: string[];
  pillar?: PillarKey;
}

/** A finding that an inline `plumbline-disable` directive suppressed, with the directive's reason. */
export interface SuppressedFinding extends Finding {
  reason?: string;
}
