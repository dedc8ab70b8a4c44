import { beforeAll, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/report/schema.js";
import { shellAgent } from "../support/shell-agent.js";
import { runCli, tempDir } from "./cli.js";

const SHELL = "permissions/unguarded-shell";
const DIRECTIVE = `// plumbline-disable-next-line ${SHELL} -- runs in a throwaway container`;

async function jsonAudit(args: readonly string[]): Promise<ReturnType<typeof reportSchema.parse>> {
  const run = await runCli(["audit", ...args, "--format", "json"]);
  expect(run.code, run.stderr).toBe(0);
  return reportSchema.parse(JSON.parse(run.stdout));
}

let repo = "";
beforeAll(async () => {
  repo = await tempDir(shellAgent(DIRECTIVE));
});

describe("plumbline-disable comments (end to end)", () => {
  it("suppress the hazard, list it under suppressed and raise the score; --no-inline-config brings it back", async () => {
    const on = await jsonAudit([repo]);
    const off = await jsonAudit([repo, "--no-inline-config"]);
    expect(on.findings.map((f) => f.ruleId)).not.toContain(SHELL);
    expect(on.suppressed).toEqual([expect.objectContaining({ ruleId: SHELL, file: "src/tools.ts", line: 15, reason: "runs in a throwaway container" })]);
    expect(off.findings).toContainEqual(expect.objectContaining({ ruleId: SHELL, file: "src/tools.ts", line: 15 }));
    expect(off.suppressed).toEqual([]);
    expect(on.score.overall).toBeGreaterThan(off.score.overall);
    expect(on.score.pillars.permissions.score).toBeGreaterThan(off.score.pillars.permissions.score);
  });

  it("marks the suppressed result inSource in SARIF and counts it in the text report", async () => {
    const sarif = await runCli(["audit", repo, "--format", "sarif"]);
    expect(sarif.code, sarif.stderr).toBe(0);
    const results: { ruleId: string; suppressions?: unknown }[] = JSON.parse(sarif.stdout).runs[0].results;
    expect(results.find((r) => r.ruleId === SHELL)?.suppressions).toEqual([{ kind: "inSource", justification: "runs in a throwaway container" }]);
    expect(results.filter((r) => r.ruleId !== SHELL).every((r) => r.suppressions === undefined)).toBe(true);
    const text = await runCli(["audit", repo]);
    expect(text.stdout).toContain("1 finding(s) suppressed by plumbline-disable comments");
  });

  it("ignores the directives when the configuration says inlineConfig: false", async () => {
    const gated = await tempDir({ ...shellAgent(DIRECTIVE), "plumbline.config.json": JSON.stringify({ inlineConfig: false }) });
    const report = await jsonAudit([gated]);
    expect(report.findings.map((f) => f.ruleId)).toContain(SHELL);
    expect(report.suppressed).toEqual([]);
  });
});
