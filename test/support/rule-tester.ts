import { describe, expect, it } from "vitest";
import { analyzeLoaded } from "../../src/audit.js";
import type { Rule } from "../../src/engine/rule.js";
import type { Report } from "../../src/report/report.js";
import { loadFromMap, type FileMap } from "./in-memory.js";

/** One miniature repository for a rule test. */
export interface RuleCase {
  name: string;
  files: FileMap;
}

/**
 * Table-driven rule test, Semgrep style: in `invalid` cases, each line the rule must report
 * (a finding, or pillar evidence for an evidence rule) carries `// expect: <rule-id>` at its end,
 * or the comment stands alone on the line before. `valid` cases must produce nothing from the rule.
 */
export function ruleTester(rule: Rule, cases: { valid: readonly RuleCase[]; invalid: readonly RuleCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`duplicate case name: ${dup}`);
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(hits(rule, c.files)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const expected = expectations(rule.id, c.files);
        if (expected.length === 0) throw new Error(`invalid case "${c.name}" expects nothing: annotate with // expect: ${rule.id}`);
        expect(hits(rule, c.files)).toEqual(expected);
      });
    }
  });
}

/** Runs the full pipeline on a file map and returns the report. */
export function auditMap(files: FileMap): Report {
  return analyzeLoaded(loadFromMap(files), {});
}

/** Distinct `file:line` places where the rule reported a finding or evidence, sorted. */
export function hits(rule: Rule, files: FileMap): string[] {
  const report = auditMap(files);
  const places = new Set<string>();
  for (const f of report.findings) if (f.ruleId === rule.id) places.add(`${f.file}:${f.line}`);
  for (const p of Object.values(report.score.pillars)) {
    for (const e of p.evidence) if (e.ruleId === rule.id) places.add(`${e.file}:${e.line}`);
  }
  return [...places].sort();
}

/** Places annotated with `expect: <rule-id>` in a file map, sorted. */
export function expectations(ruleId: string, files: FileMap): string[] {
  const out: string[] = [];
  const marker = new RegExp(`(?://|#|<!--)\\s*expect:\\s*${ruleId.replace(/[/-]/g, "\\$&")}\\b`);
  for (const [path, text] of Object.entries(files)) {
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (!marker.test(line)) return;
      const alone = /^\s*(?:\/\/|#|<!--)/.test(line);
      out.push(`${path}:${alone ? i + 2 : i + 1}`);
    });
  }
  return [...new Set(out)].sort();
}
