import type { PillarKey } from "../core/pillars.js";
import type { Diagnostic, Finding, PillarScore, Recommendation, SuppressedFinding } from "../core/types.js";
import type { DetectedFramework } from "../engine/frameworks.js";

/** The audit report; its JSON form is the report contract of shared/DESIGN.md. */
export interface Report {
  tool: { name: string; version: string };
  target: { path: string; files: number; lines: number };
  score: {
    overall: number;
    grade: "A" | "B" | "C" | "D" | "F";
    pillars: Record<PillarKey, PillarScore>;
  };
  findings: Finding[];
  /** Findings that a `plumbline-disable` comment in the audited code suppressed; they do not count in the scores. */
  suppressed: SuppressedFinding[];
  recommendations: Recommendation[];
  diagnostics: Diagnostic[];
  frameworks: DetectedFramework[];
  timing: { totalMs: number; filesPerSecond: number };
}
