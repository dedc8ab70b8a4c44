import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { diffLines, runGate } from "../../src/harness/index.js";

const FIXTURES = resolve(import.meta.dirname, "../../fixtures/guardrails");

describe("plumbline gate", () => {
  it("replays every golden guardrail scenario without a difference", async () => {
    const results = await runGate(FIXTURES, false);
    expect(results.length).toBeGreaterThanOrEqual(15);
    expect(results.filter((r) => r.status !== "pass")).toEqual([]);
  }, 60_000);

  it("fails with a readable diff when a guardrail weakens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plumbline-gate-test-"));
    cpSync(join(FIXTURES, "deny-beats-allow.json"), join(dir, "deny-beats-allow.json"));
    const golden = readFileSync(join(FIXTURES, "deny-beats-allow.golden.jsonl"), "utf8");
    writeFileSync(join(dir, "deny-beats-allow.golden.jsonl"), golden.replace('"final":"deny"', '"final":"allow"'));
    const [result] = await runGate(dir, false);
    expect(result?.status).toBe("fail");
    expect(result?.diff.join("\n")).toMatch(/- .*"final":"allow"[\s\S]*\+ .*"final":"deny"/);
  });

  it("diffs line by line", () => {
    expect(diffLines(["a", "b"], ["a", "c", "d"])).toEqual(["  line 2\n  - b", "  line 2\n  + c", "  line 3\n  + d"]);
  });
});
