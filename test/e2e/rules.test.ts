import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PILLAR_KEYS } from "../../src/core/pillars.js";
import { ALL_RULES } from "../../src/rules/index.js";
import { runCli } from "./cli.js";

const listedRule = z.object({ id: z.string(), pillar: z.enum(PILLAR_KEYS), severity: z.enum(["error", "warning", "info"]), title: z.string() });

describe("plumbline rules (end to end)", () => {
  it("lists every rule as text", async () => {
    const run = await runCli(["rules"]);
    expect(run.code, run.stderr).toBe(0);
    for (const rule of ALL_RULES) expect(run.stdout).toContain(rule.id);
  });

  it("lists every rule as JSON with --json", async () => {
    const run = await runCli(["rules", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const rules = z.array(listedRule).parse(JSON.parse(run.stdout));
    expect(rules.map((r) => r.id).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  it("explains a rule by id", async () => {
    const rule = ALL_RULES[0];
    if (!rule) throw new Error("no rules registered");
    const run = await runCli(["rules", "explain", rule.id]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(rule.id);
    expect(run.stdout).toContain(rule.meta.title);
  });

  it("exits 2 with one stderr line for an unknown rule id", async () => {
    const run = await runCli(["rules", "explain", "budgeting/no-such-rule"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("budgeting/no-such-rule")]);
  });

  it("prints the version and help with exit 0", async () => {
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("audit");
  });
});
