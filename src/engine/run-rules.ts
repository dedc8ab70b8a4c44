import type { PillarKey, PillarStatus } from "../core/pillars.js";
import type { Evidence, Finding, Severity } from "../core/types.js";
import type { FactReader } from "./analyzer.js";
import { formatMessage, type ProjectInfo, type Rule } from "./rule.js";
import { InternalError } from "../errors/internal-error.js";

/** Per-rule overrides from configuration: a new severity, or off. */
export type RuleSettings = Readonly<Record<string, Severity | "off">>;

/** What running a set of rules produced. */
export interface RuleResults {
  findings: Finding[];
  evidence: Map<PillarKey, Evidence[]>;
}

/** Repository and package build scripts (`scripts/count-tokens.js`): tooling around the product, never evidence of it. */
const BUILD_SCRIPT = /^(?:(?:packages|apps|libs)\/[^/]+\/)?scripts\//;

/**
 * Runs rules of one phase over the facts. Rules share no state; each sees only the facts,
 * the project, and (phase "scored") the pillar statuses.
 */
export function runRules(
  rules: readonly Rule[],
  phase: "facts" | "scored",
  facts: FactReader,
  project: ProjectInfo,
  settings: RuleSettings,
  statusOf: (pillar: PillarKey) => PillarStatus,
  into: RuleResults,
): void {
  for (const rule of rules) {
    if ((rule.phase ?? "facts") !== phase) continue;
    const setting = settings[rule.id];
    if (setting === "off") continue;
    const severity = setting ?? rule.severity;
    const seen = new Set<string>();
    rule.detect({
      facts: (a) => facts.facts(a),
      project,
      report: (input) => {
        const template = rule.messages[input.messageId];
        if (template === undefined) throw new InternalError(`rule ${rule.id} has no message ${input.messageId}`);
        const message = formatMessage(template, input.data);
        const key = `${input.file}:${input.line}:${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        into.findings.push({
          ruleId: rule.id,
          pillar: rule.pillar,
          severity,
          message,
          file: input.file,
          line: input.line,
          recommendation: rule.meta.recommendation,
        });
      },
      evidence: (input) => {
        if (BUILD_SCRIPT.test(input.file)) return;
        const list = into.evidence.get(rule.pillar) ?? [];
        list.push({ ...input, ruleId: rule.id });
        into.evidence.set(rule.pillar, list);
      },
      status: (pillar) => {
        if (phase !== "scored") throw new InternalError(`rule ${rule.id} asked for a status in phase facts`);
        return statusOf(pillar);
      },
    });
  }
}
