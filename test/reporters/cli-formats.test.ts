import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import type { CliIo } from "../../src/cli/io.js";
import { reportSchema } from "../../src/report/schema.js";
import { FORMATS } from "../../src/reporters/index.js";

const root = join(import.meta.dirname, "..", "..");

async function audit(format: string, env: Record<string, string> = {}, tty = false): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdoutIsTTY: tty,
    env,
    cwd: root,
    readStdin: async () => "",
  };
  const code = await run(["audit", "fixtures/repos/mcp-server", "--format", format], io);
  return { code, out, err };
}

describe("plumbline audit --format", () => {
  it.each(FORMATS)("%s renders through the CLI with exit code 0", async (format) => {
    const { code, out, err } = await audit(format);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(100);
  });

  it("json is the report contract and nothing else", async () => {
    const { out } = await audit("json");
    expect(() => reportSchema.parse(JSON.parse(out))).not.toThrow();
  });

  it("sarif is a SARIF 2.1.0 log and markdown a document", async () => {
    expect(JSON.parse((await audit("sarif")).out)).toMatchObject({ version: "2.1.0", runs: [{ tool: { driver: { name: "plumbline" } } }] });
    expect((await audit("markdown")).out).toMatch(/^## Plumbline audit: `fixtures\/repos\/mcp-server`/);
  });

  it("colours text on a TTY unless NO_COLOR is set", async () => {
    expect((await audit("text", {}, true)).out).toContain("\u001b[");
    expect((await audit("text", { NO_COLOR: "1" }, true)).out).not.toContain("\u001b[");
    expect((await audit("text", {}, false)).out).not.toContain("\u001b[");
  });

  it("refuses an unknown format with exit code 2", async () => {
    const { code, err } = await audit("html");
    expect(code).toBe(2);
    expect(err).toContain("text, json, markdown, sarif");
  });
});

describe("the built bin (npm test builds first)", () => {
  it("finds its templates from any working directory", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { tmpdir } = await import("node:os");
    const bin = join(root, "bin", "plumbline.js");
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "audit", join(root, "fixtures", "repos", "toy-loop"), "--format", "markdown"], {
      cwd: tmpdir(),
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(stdout).toContain("### How scores are computed");
  });
});
