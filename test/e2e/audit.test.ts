import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PILLAR_KEYS } from "../../src/core/pillars.js";
import { reportSchema } from "../../src/report/schema.js";
import { ANSI, cleanEnv, REPO, runCli, tempDir, TOY_AGENT } from "./cli.js";

let repo = "";
beforeAll(async () => {
  repo = await tempDir(TOY_AGENT);
});

describe("plumbline audit (end to end)", () => {
  it("prints a text report with every pillar and exits 0", async () => {
    const run = await runCli(["audit", repo]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    for (const key of PILLAR_KEYS) expect(run.stdout).toContain(key);
    expect(run.stdout).toMatch(/Score \d+\/100/);
  });

  it("writes only a schema-valid JSON report to stdout with --format json", async () => {
    const run = await runCli(["audit", repo, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.target).toEqual({ path: repo, files: 2, lines: expect.any(Number) });
    expect(Object.keys(report.score.pillars).sort()).toEqual([...PILLAR_KEYS].sort());
    expect(report.findings.map((f) => f.file).every((f) => !f.startsWith("/") && !f.includes("\\"))).toBe(true);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it("reports paths relative to the root when run from inside it", async () => {
    const run = await runCli(["audit", ".", "--format", "json"], { cwd: repo });
    const report = reportSchema.parse(JSON.parse(run.stdout));
    expect(report.target.path).toBe(".");
    expect(report.findings.some((f) => f.file === "src/index.ts" || f.file === "src/tools.ts")).toBe(true);
  });

  it("writes the report to --output and nothing to stdout", async () => {
    const out = join(await tempDir(), "report.json");
    const run = await runCli(["audit", repo, "--format", "json", "--output", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(reportSchema.safeParse(JSON.parse(await readFile(out, "utf8"))).success).toBe(true);
  });

  it("renders markdown and SARIF", async () => {
    const md = await runCli(["audit", repo, "--format", "markdown"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^#/m);
    const sarif = await runCli(["audit", repo, "--format", "sarif"]);
    expect(sarif.code, sarif.stderr).toBe(0);
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: "2.1.0" });
  });

  it("exits 1 with one stderr line when the score is under --fail-under", async () => {
    const run = await runCli(["audit", repo, "--fail-under", "100", "--format", "json"]);
    expect(run.code, run.stderr).toBe(1);
    expect(reportSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^plumbline: score \d+ is under --fail-under 100$/)]);
  });

  it("exits 0 when the score meets --fail-under", async () => {
    const run = await runCli(["audit", repo, "--fail-under", "0"]);
    expect(run.code, run.stderr).toBe(0);
  });

  it("writes no ANSI codes when stdout is not a TTY, nor with NO_COLOR", async () => {
    const piped = await runCli(["audit", repo]);
    expect(piped.stdout).not.toMatch(ANSI);
    const noColor = await runCli(["audit", repo], { env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toMatch(ANSI);
  });

  it.skipIf(!existsSync("/usr/bin/script"))("colours a TTY unless NO_COLOR is set (util-linux script gives the bin a terminal)", async () => {
    const command = `${JSON.stringify(process.execPath)} bin/plumbline.js audit ${JSON.stringify(repo)}`;
    const tty = await runScript(command, {});
    expect(tty).toMatch(ANSI);
    const noColor = await runScript(command, { NO_COLOR: "1" });
    expect(noColor).toContain("Score");
    expect(noColor).not.toMatch(ANSI);
  });
});

function runScript(command: string, env: Record<string, string>): Promise<string> {
  return new Promise((done) => {
    execFile("/usr/bin/script", ["-qfec", command, "/dev/null"], { cwd: REPO, env: cleanEnv({ TERM: "xterm-256color", ...env }) }, (_error, stdout) => done(stdout));
  });
}
