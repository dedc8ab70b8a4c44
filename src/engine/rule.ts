import type { PillarKey, PillarStatus } from "../core/pillars.js";
import type { Severity } from "../core/types.js";
import type { LoadedFile } from "../loader/types.js";
import type { FactReader } from "./analyzer.js";
import type { DetectedFramework } from "./frameworks.js";

/** What kind of thing a rule reports: a dangerous gap, a weaker design, or evidence that a pillar is built. */
export type RuleKind = "hazard" | "smell" | "evidence";

/** Facts about the target as a whole, available to every rule. */
export interface ProjectInfo {
  readonly root: string;
  readonly frameworks: readonly DetectedFramework[];
  readonly files: readonly Pick<LoadedFile, "path" | "role" | "lines">[];
}

/** A finding as a rule reports it: data, not formatted text. */
export interface ReportInput<M extends string> {
  messageId: M;
  data?: Readonly<Record<string, string | number>>;
  file: string;
  line: number;
}

/** Pillar evidence as a rule reports it; `signal` names one of the pillar model's signals. */
export interface EvidenceInput {
  signal: string;
  file: string;
  line: number;
  note: string;
}

/** What `detect` receives. */
export interface RuleContext<M extends string> extends FactReader {
  readonly project: ProjectInfo;
  report(input: ReportInput<M>): void;
  evidence(input: EvidenceInput): void;
  /** Status of a pillar; only rules of phase "scored" may call it. */
  status(pillar: PillarKey): PillarStatus;
}

/** Documentation of a rule. */
export interface RuleMeta {
  title: string;
  description: string;
  rationale: string;
  /** OWASP ids and similar (LLM06, ASI02, T8...). */
  references: readonly string[];
  /** The simplest next step for someone who gets this finding. */
  recommendation: string;
}

/** A rule: metadata beside one detect function over the extracted facts. */
export interface Rule<M extends string = string> {
  readonly id: string;
  readonly pillar: PillarKey;
  readonly severity: Severity;
  readonly kind: RuleKind;
  /** "facts" rules run first; "scored" rules run after pillar statuses are known. */
  readonly phase?: "facts" | "scored";
  readonly meta: RuleMeta;
  readonly messages: Readonly<Record<M, string>>;
  detect(ctx: RuleContext<M>): void;
}

/** Declares a rule; an identity function that exists for type inference. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data[key] ?? `{{${key}}}`));
}
