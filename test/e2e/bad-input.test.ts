import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir, TOY_AGENT } from "./cli.js";

const RUNNING_AS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;

let base = "";
beforeAll(async () => {
  base = await tempDir({
    ...Object.fromEntries(Object.entries(TOY_AGENT).map(([p, t]) => [`agent/${p}`, t])),
    "a-file.ts": "export const a = 1;\n",
    "docs-only/README.md": "# nothing to audit\n",
    "docs-only/.claude/agents/reviewer.md": "---\nname: reviewer\n---\nReview.\n",
    "binary-only/logo.js": "\u0000\u0001\u0002\u0000\u0000PNG\u0000",
    "broken-config/plumbline.config.json": '{ "rules": { ',
    "broken-config/a.ts": "export {};\n",
    "invalid-config/plumbline.config.json": JSON.stringify({ rules: { "budgeting/unbounded-loop": "loud" }, ignor: ["x"] }),
    "invalid-config/a.ts": "export {};\n",
    "unknown-rule-config/plumbline.config.json": JSON.stringify({ rules: { "nope/not-a-rule": "off" } }),
    "unknown-rule-config/a.ts": "export {};\n",
  });
  await mkdir(join(base, "empty"));
});

/** Each bad input: the arguments (with {base} replaced), and what the one stderr line must say. */
const CASES: ReadonlyArray<{ name: string; args: string[]; message: RegExp }> = [
  { name: "no path", args: ["audit"], message: /missing required argument 'path'/ },
  { name: "a path that does not exist", args: ["audit", "{base}/nope"], message: /^plumbline: target not found: .*nope$/ },
  { name: "a file instead of a directory", args: ["audit", "{base}/a-file.ts"], message: /^plumbline: target is not a directory: / },
  { name: "an empty directory", args: ["audit", "{base}/empty"], message: /^plumbline: no JavaScript or TypeScript files to audit in / },
  { name: "a directory with no JS/TS files", args: ["audit", "{base}/docs-only"], message: /^plumbline: no JavaScript or TypeScript files to audit in / },
  { name: "a directory whose only script is binary", args: ["audit", "{base}/binary-only"], message: /no JavaScript or TypeScript files to audit in .*\(1 skipped/ },
  { name: "a config file that is not JSON", args: ["audit", "{base}/broken-config"], message: /^plumbline: config file .*plumbline\.config\.json is not valid JSON/ },
  { name: "a config file with bad keys and values", args: ["audit", "{base}/invalid-config"], message: /^plumbline: config file .*: .*(ignor|rules\.budgeting\/unbounded-loop)/ },
  { name: "a config naming an unknown rule", args: ["audit", "{base}/unknown-rule-config"], message: /rules\.nope\/not-a-rule: no such rule/ },
  { name: "a --config file that does not exist", args: ["audit", "{base}/agent", "--config", "{base}/missing.json"], message: /^plumbline: cannot read config file / },
  { name: "a --config that is a directory", args: ["audit", "{base}/agent", "--config", "{base}/empty"], message: /^plumbline: cannot read config file / },
  { name: "an unknown format", args: ["audit", "{base}/agent", "--format", "xml"], message: /^plumbline: unknown format "xml"/ },
  { name: "a --fail-under that is not a score", args: ["audit", "{base}/agent", "--fail-under", "high"], message: /^plumbline: --fail-under must be an integer from 0 to 100/ },
  { name: "an --output in a missing folder", args: ["audit", "{base}/agent", "--output", "{base}/no/such/dir/r.json"], message: /^plumbline: cannot write .*: no such file or directory$/ },
  { name: "an unknown option", args: ["audit", "{base}/agent", "--colour"], message: /unknown option '--colour'/ },
];

describe("plumbline audit with bad input", () => {
  for (const c of CASES) {
    it(`exits 2 with one clear stderr line for ${c.name}`, async () => {
      const run = await runCli(c.args.map((a) => a.replaceAll("{base}", base)));
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe("");
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines[0]).toMatch(c.message);
      // commander may add a "Did you mean" hint on a second line; never a stack.
      expect(lines.length).toBeLessThanOrEqual(c.name === "an unknown option" ? 2 : 1);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).not.toMatch(/internal error/);
    });
  }

  it.skipIf(RUNNING_AS_ROOT)("exits 2 for an unreadable root (skipped as root: root reads through chmod 000)", async () => {
    const root = await tempDir({ "a.ts": "export {};\n" });
    await chmod(root, 0o000);
    try {
      const run = await runCli(["audit", root]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr.trim()).toMatch(/^plumbline: cannot (open target|read target directory) .*: permission denied$/);
    } finally {
      await chmod(root, 0o755);
    }
  });

  it("audits through unreadable-looking noise: a FIFO and a dangling link do not stop it", async () => {
    const root = await tempDir(TOY_AGENT);
    await writeFile(join(root, "src/notes.txt"), "x");
    const { symlink } = await import("node:fs/promises");
    await symlink(join(root, "gone.ts"), join(root, "src/dangling.ts"));
    const { execFileSync } = await import("node:child_process");
    execFileSync("mkfifo", [join(root, "src/pipe.ts")]);
    const run = await runCli(["audit", root, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const report: { diagnostics: { file: string }[] } = JSON.parse(run.stdout);
    expect(report.diagnostics.map((d) => d.file)).toContain("src/dangling.ts");
  });
});
