import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRule, type Rule } from "../../src/engine/rule.js";
import { ALL_RULES } from "../../src/rules/index.js";
import { lineHash, normaliseMessage, toSarif } from "../../src/reporters/sarif.js";
import type { Report } from "../../src/report/report.js";
import { sampleReport } from "./sample-report.js";

const noop = (): void => undefined;
const rules: Rule[] = [
  defineRule({
    id: "permissions/unguarded-shell",
    pillar: "permissions",
    severity: "error",
    kind: "hazard",
    meta: {
      title: "A hazard as the SARIF test sees it",
      description: "Stands in for a real hazard rule so this test does not move with rule wording.",
      rationale: "Hazards carry a security-severity.",
      references: ["LLM06", "ASI02"],
      recommendation: "Fix the hazard.",
    },
    messages: { shell: "{{name}} runs a shell" },
    detect: noop,
  }),
  defineRule({
    id: "logging/console-only",
    pillar: "logging",
    severity: "warning",
    kind: "smell",
    meta: {
      title: "Console output only",
      description: "The agent reports what it does only through console.log.",
      rationale: "Nothing can be replayed or queried.",
      references: [],
      recommendation: "Emit typed events.",
    },
    messages: { console: "console only" },
    detect: noop,
  }),
];

/** The fields GitHub code scanning requires (shared/reference/peers.md, section 2.4). */
const githubSarif = z.object({
  $schema: z.string().url(),
  version: z.literal("2.1.0"),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.string().min(1),
            semanticVersion: z.string().regex(/^\d+\.\d+\.\d+/),
            informationUri: z.string().url(),
            rules: z.array(
              z.object({
                id: z.string().min(1),
                name: z.string().max(255),
                shortDescription: z.object({ text: z.string().min(1).max(1024) }),
                fullDescription: z.object({ text: z.string().min(1).max(1024) }),
                help: z.object({ text: z.string().min(1), markdown: z.string().optional() }),
                defaultConfiguration: z.object({ level: z.enum(["note", "warning", "error"]) }),
                properties: z.object({
                  tags: z.array(z.string()).max(20),
                  "security-severity": z.string().regex(/^(?:10\.0|\d\.\d)$/).optional(),
                }),
              }),
            ),
          }),
        }),
        results: z.array(
          z.object({
            ruleId: z.string(),
            ruleIndex: z.number().int().min(0),
            level: z.enum(["note", "warning", "error"]),
            message: z.object({ text: z.string().min(1) }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string().regex(/^[^/][^:]*$/) }),
                    region: z.object({ startLine: z.number().int().min(1) }),
                  }),
                }),
              )
              .length(1),
            partialFingerprints: z.object({ primaryLocationLineHash: z.string().regex(/^[0-9a-f]{16}:\d+$/) }),
          }),
        ),
        properties: z.object({ plumbline: z.object({ overall: z.number(), grade: z.string() }) }),
      }),
    )
    .length(1),
});

describe("SARIF reporter", () => {
  const log = toSarif(sampleReport(), rules);
  const run = log.runs[0];

  it("has every field GitHub code scanning reads", () => {
    expect(() => githubSarif.parse(JSON.parse(JSON.stringify(log)))).not.toThrow();
  });

  it("makes a valid descriptor of every registered rule", () => {
    const real = toSarif(sampleReport(), ALL_RULES);
    expect(() => githubSarif.parse(JSON.parse(JSON.stringify(real)))).not.toThrow();
    expect(real.runs[0]?.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(ALL_RULES.map((r) => r.id)));
  });

  it("describes each rule from its metadata, with pillar and OWASP tags and security-severity for hazards", () => {
    const shell = run?.tool.driver.rules.find((r) => r.id === "permissions/unguarded-shell");
    expect(shell?.shortDescription.text).toBe("A hazard as the SARIF test sees it");
    expect(shell?.properties.tags).toEqual(expect.arrayContaining(["permissions", "hazard", "security", "external/owasp/llm06", "external/owasp/asi02"]));
    expect(shell?.properties["security-severity"]).toBe("8.0");
    expect(shell?.help.markdown).toContain("**How to fix.** Fix the hazard.");
    const consoleOnly = run?.tool.driver.rules.find((r) => r.id === "logging/console-only");
    expect(consoleOnly?.properties["security-severity"]).toBeUndefined();
    expect(consoleOnly?.defaultConfiguration.level).toBe("warning");
  });

  it("turns every finding, and only findings, into a result whose ruleIndex points at its rule", () => {
    expect(run?.results).toHaveLength(sampleReport().findings.length);
    for (const r of run?.results ?? []) expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(run?.results.map((r) => r.level)).toEqual(["error", "error", "warning", "note"]);
  });

  it("adds a descriptor for a finding whose rule is not registered", () => {
    const ids = run?.tool.driver.rules.map((r) => r.id);
    expect(ids).toContain("budgeting/unbounded-loop");
    expect(ids).toContain("registry/switch-dispatch");
  });

  it("writes repo-relative, percent-encoded URIs against %SRCROOT%", () => {
    const loc = run?.results[0]?.locations[0]?.physicalLocation;
    expect(loc?.artifactLocation).toEqual({ uri: "src/tools/bash%20%60weird%60%7Cname.ts", uriBaseId: "%SRCROOT%" });
    expect(loc?.region.startLine).toBe(27);
  });

  it("keeps pillar scores in run.properties", () => {
    expect(run?.properties.plumbline.pillars.registry).toEqual({ score: 50, status: "partial" });
    expect(Object.keys(run?.properties.plumbline.pillars ?? {})).toHaveLength(7);
  });

  it("fingerprints by rule, file and normalised message, not by line", () => {
    const f = { ruleId: "budgeting/unbounded-loop", file: "src/agent.ts", message: "Loop at line 14 has no bound." };
    expect(lineHash(f, 1)).toBe(lineHash({ ...f, message: "Loop at  line 90 has NO bound." }, 1));
    expect(lineHash(f, 1)).not.toBe(lineHash({ ...f, file: "src/other.ts" }, 1));
    expect(lineHash(f, 1)).not.toBe(lineHash({ ...f, ruleId: "budgeting/other" }, 1));
    expect(lineHash(f, 1)).not.toBe(lineHash(f, 2));
    expect(normaliseMessage("See src/a.ts:12:3 now")).toBe("see src/a.ts now");
  });

  it("emits suppressed findings as results suppressed inSource, with the reason as justification", () => {
    const [shell, loop] = sampleReport().findings;
    if (!shell || !loop) throw new Error("sample has findings");
    const log = toSarif(sampleReport({ findings: [], suppressed: [{ ...shell, reason: "sandboxed" }, loop] }), rules);
    expect(() => githubSarif.parse(JSON.parse(JSON.stringify(log)))).not.toThrow();
    expect(log.runs[0]?.results.map((r) => [r.ruleId, r.suppressions])).toEqual([
      [shell.ruleId, [{ kind: "inSource", justification: "sandboxed" }]],
      [loop.ruleId, [{ kind: "inSource" }]],
    ]);
    expect(run?.results.every((r) => r.suppressions === undefined)).toBe(true);
  });

  it("keeps every fingerprint when one of two equal findings is suppressed", () => {
    const loop = { ruleId: "budgeting/unbounded-loop", pillar: "budgeting", severity: "error", message: "Unbounded.", file: "src/a.ts", line: 3, recommendation: "" } as const;
    const both = sampleReport({ findings: [loop, { ...loop, line: 80 }] });
    const firstSuppressed = sampleReport({ findings: [{ ...loop, line: 80 }], suppressed: [loop] });
    const byLine = (r: Report): Record<number, string | undefined> =>
      Object.fromEntries(toSarif(r, rules).runs[0]?.results.map((x) => [x.locations[0]?.physicalLocation.region.startLine, x.partialFingerprints.primaryLocationLineHash]) ?? []);
    expect(byLine(firstSuppressed)).toEqual(byLine(both));
  });

  it("gives equal findings in one file distinct, stable fingerprints, however far they move", () => {
    const loop = { ruleId: "budgeting/unbounded-loop", pillar: "budgeting", severity: "error", message: "Unbounded.", file: "src/a.ts", line: 3, recommendation: "" } as const;
    const twice = sampleReport({ findings: [loop, { ...loop, line: 80 }] });
    const moved = sampleReport({ findings: twice.findings.map((f) => ({ ...f, line: f.line + 7 })) });
    const hashes = (r: Report): string[] => toSarif(r, rules).runs[0]?.results.map((x) => x.partialFingerprints.primaryLocationLineHash) ?? [];
    expect(new Set(hashes(twice)).size).toBe(2);
    expect(hashes(moved)).toEqual(hashes(twice));
  });
});
