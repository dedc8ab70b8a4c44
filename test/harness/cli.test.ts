import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { EventSchema } from "../../src/harness/index.js";

const FIXTURES = resolve(import.meta.dirname, "../../fixtures/guardrails");

function io(stdin = ""): CliIo & { out: string; err: string } {
  const box = { out: "", err: "" };
  return Object.assign(box, {
    stdout: (t: string) => void (box.out += t),
    stderr: (t: string) => void (box.err += t),
    stdoutIsTTY: false,
    env: {},
    cwd: mkdtempSync(join(tmpdir(), "plumbline-cli-")),
    readStdin: async () => stdin,
  });
}

describe("plumbline harness CLI", () => {
  it("lists the tools as JSON", async () => {
    const t = io();
    expect(await run(["harness", "tools"], t)).toBe(0);
    const tools: unknown = JSON.parse(t.out);
    expect(Array.isArray(tools) && tools.length).toBe(7);
  });

  it("runs a guardrail scenario with --events jsonl, then says a finished session is finished", async () => {
    const t = io();
    const args = ["harness", "run", "--scenario", join(FIXTURES, "ask-without-approver.json"), "--session-dir", "s", "--events", "jsonl"];
    expect(await run(args, t)).toBe(0);
    const lines = t.out.trim().split("\n");
    for (const line of lines) expect(EventSchema.safeParse(JSON.parse(line)).success).toBe(true);
    expect(lines.at(-1)).toContain('"reason":"completed"');
    const r = io();
    Object.assign(r, { cwd: t.cwd });
    expect(await run(["harness", "resume", "--session-dir", "s"], r)).toBe(0);
    expect(r.err).toMatch(/already finished/);
  });

  it("exits 1 when the loop ends on a limit, 2 on bad usage", async () => {
    expect(await run(["harness", "run", "--scenario", join(FIXTURES, "budget-max-turns.json"), "--session-dir", "s", "--events", "none"], io())).toBe(1);
    expect(await run(["harness", "run", "--scenario", join(FIXTURES, "unknown-tool.json"), "--session-dir", "s", "--mode", "yolo"], io())).toBe(2);
    expect(await run(["harness", "run", "--session-dir", "s"], io())).toBe(2);
    expect(await run(["harness", "resume", "--session-dir", "nowhere"], io())).toBe(2);
  });

  it("classifies commands from stdin, one JSON object per line", async () => {
    const t = io("ls -la\nrm -rf /\n");
    expect(await run(["harness", "classify", "--mode", "bypass"], t)).toBe(0);
    const [ls, rm] = t.out.trim().split("\n").map((l) => JSON.parse(l) as { command: string; decision: string });
    expect(ls).toMatchObject({ command: "ls -la", decision: "allow" });
    expect(rm).toMatchObject({ command: "rm -rf /", decision: "deny" });
  });
});
