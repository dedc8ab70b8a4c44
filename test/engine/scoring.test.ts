import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeLoaded } from "../../src/audit.js";
import { PILLAR_KEYS } from "../../src/core/pillars.js";
import type { Evidence, Finding } from "../../src/core/types.js";
import { defineAnalyzer } from "../../src/engine/analyzer.js";
import { defineRule, type Rule } from "../../src/engine/rule.js";
import { PILLAR_MODELS } from "../../src/pillars/index.js";
import { gradeOf, scorePillar } from "../../src/scoring/score.js";
import { loadFromMap } from "../support/in-memory.js";

const signalNames = (key: (typeof PILLAR_KEYS)[number]): string[] => Object.keys(PILLAR_MODELS[key].signals);

const evidenceArb = fc.constantFrom(...PILLAR_KEYS).chain((pillar) =>
  fc.record({
    pillar: fc.constant(pillar),
    signal: fc.constantFrom(...signalNames(pillar)),
    file: fc.constantFrom("a.ts", "b/c.ts"),
    line: fc.integer({ min: 1, max: 50 }),
  }),
);

/** A rule per generated evidence item, so rule order can be shuffled. */
function rulesFor(items: readonly { pillar: (typeof PILLAR_KEYS)[number]; signal: string; file: string; line: number }[]): Rule[] {
  return items.map((e, i) =>
    defineRule({
      id: `${e.pillar}/generated-${i}`,
      pillar: e.pillar,
      severity: "info",
      kind: "evidence",
      meta: { title: "t", description: "d", rationale: "r", references: [], recommendation: "x" },
      messages: { m: "m" },
      detect: (ctx) => ctx.evidence({ signal: e.signal, file: e.file, line: e.line, note: "n" }),
    }),
  );
}

const noAnalyzers = [defineAnalyzer({ name: "none", description: "none" })];

describe("scoring", () => {
  it("is deterministic and independent of rule order", () => {
    fc.assert(
      fc.property(fc.array(evidenceArb, { maxLength: 25 }), fc.integer(), (items, seed) => {
        const rules = rulesFor(items);
        const shuffled = [...rules].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7) || b.id.localeCompare(a.id));
        const loaded = loadFromMap({ "a.ts": "export {}\n" });
        const one = analyzeLoaded(loaded, {}, { analyzers: noAnalyzers, rules, models: PILLAR_MODELS });
        const two = analyzeLoaded(loaded, {}, { analyzers: noAnalyzers, rules: shuffled, models: PILLAR_MODELS });
        expect(two.score.overall).toBe(one.score.overall);
        for (const key of PILLAR_KEYS) {
          expect(two.score.pillars[key].status).toBe(one.score.pillars[key].status);
          expect(two.score.pillars[key].score).toBe(one.score.pillars[key].score);
          expect(two.score.pillars[key].evidence.map((e) => e.signal + e.file + e.line)).toEqual(
            one.score.pillars[key].evidence.map((e) => e.signal + e.file + e.line),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps every pillar score within 0-100 and consistent with its status band", () => {
    fc.assert(
      fc.property(fc.array(evidenceArb, { maxLength: 30 }), fc.array(fc.constantFrom("error", "warning", "info" as const), { maxLength: 6 }), (items, severities) => {
        for (const key of PILLAR_KEYS) {
          const evidence: Evidence[] = items
            .filter((e) => e.pillar === key)
            .map((e) => ({ file: e.file, line: e.line, note: "n", ruleId: `${key}/x`, signal: e.signal }));
          const findings: Finding[] = severities.map((severity) => ({
            ruleId: `${key}/hazard`,
            pillar: key,
            severity,
            message: "m",
            file: "a.ts",
            line: 1,
            recommendation: "r",
          }));
          const s = scorePillar(PILLAR_MODELS[key], evidence, findings);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
          if (s.status === "absent") expect(s.score).toBeLessThanOrEqual(20);
          if (s.status === "present") expect(s.score).toBeGreaterThanOrEqual(80);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("an empty repository is absent everywhere with grade F", () => {
    const report = analyzeLoaded(loadFromMap({}), {});
    for (const key of PILLAR_KEYS) expect(report.score.pillars[key].status).toBe("absent");
    expect(report.score.grade).toBe("F");
  });

  it("grades by score bands", () => {
    expect([95, 85, 75, 65, 10].map(gradeOf)).toEqual(["A", "B", "C", "D", "F"]);
  });
});
