import { describe, expect, it } from "vitest";
import { formatText, truncate, wrap } from "../../src/reporters/text.js";
import { sampleReport } from "./sample-report.js";

const ESC = "\u001b";

describe("text reporter", () => {
  const plain = formatText(sampleReport(), { color: false });

  it("fits in 80 columns", () => {
    for (const line of plain.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it("shows the header, the score and every pillar with its status and top evidence", () => {
    expect(plain).toContain("plumbline 0.1.0  fixtures/repos/toy-loop");
    expect(plain).toContain("Score 9/100  grade F");
    expect(plain).toMatch(/registry\s+50 partial\s+src\/tools\/index\.ts:12 3 tools/);
    expect(plain).toMatch(/agents\s+0 absent\s+no evidence found/);
  });

  it("groups findings by severity, errors first, with file:line, rule id and message", () => {
    const errors = plain.indexOf("Errors (2)");
    const warnings = plain.indexOf("Warnings (1)");
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(plain).toContain("src/agent.ts:14  budgeting/unbounded-loop");
    expect(plain).toContain("1 info finding(s) not shown");
    expect(plain).toContain("plumbline rules explain <rule-id>");
    expect(plain).not.toContain("registry/switch-dispatch");
  });

  it("lists recommendations with their first step", () => {
    expect(plain).toContain("1. Put a permission check in front of every tool call");
    expect(plain).toContain("→ Route every tool call through one function");
    expect(plain).not.toContain("Tier tools by risk.");
  });

  it("uses colour only when asked", () => {
    expect(plain).not.toContain(ESC);
    expect(formatText(sampleReport(), { color: true })).toContain(`${ESC}[31m`);
  });

  it("never passes escape sequences from the audited repository to the terminal", () => {
    const coloured = formatText(sampleReport(), { color: true });
    expect(coloured).not.toContain(`${ESC}[31mOnly`);
    expect(plain).toContain("what the agent does.[31m");
  });

  it("keeps the end of a long target path in the header", () => {
    const long = formatText(sampleReport({ target: { path: `/home/someone/${"deep/".repeat(30)}agent`, files: 1, lines: 1 } }), { color: false });
    const header = long.split("\n")[0] ?? "";
    expect(header.length).toBeLessThanOrEqual(80);
    expect(header).toMatch(/….*deep\/agent$/);
  });

  it("says so when there is nothing to fix", () => {
    const clean = formatText(sampleReport({ findings: [], recommendations: [], diagnostics: [] }), { color: false });
    expect(clean).toContain("No hazards found.");
    expect(clean).not.toContain("Next steps");
    expect(clean).not.toContain("skipped");
  });

  it("counts the findings suppressed in the code, and says nothing when there are none", () => {
    const [first] = sampleReport().findings;
    if (!first) throw new Error("sample has findings");
    const out = formatText(sampleReport({ suppressed: [{ ...first, reason: "reviewed" }, { ...first, line: 90 }] }), { color: false });
    expect(out).toContain("  2 finding(s) suppressed by plumbline-disable comments (see --format json)");
    expect(plain).not.toContain("suppressed");
  });

  it("caps the findings shown and says how many more there are", () => {
    const many = sampleReport();
    const out = formatText(many, { color: false, maxFindings: 1 });
    expect(out).toContain("… 2 more");
  });
});

describe("wrap and truncate", () => {
  it.each([
    ["one two three", 7, ["one two", "three"]],
    ["averyveryverylongword x", 5, ["averyveryverylongword", "x"]],
    ["", 10, []],
  ])("wrap(%j, %i)", (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });

  it.each([
    ["abcdef", 4, "abc…"],
    ["abc", 3, "abc"],
    ["abc", 0, ""],
  ])("truncate(%j, %i)", (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });
});
