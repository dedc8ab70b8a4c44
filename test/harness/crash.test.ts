import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readJournal } from "../../src/harness/index.js";

const BIN = resolve(import.meta.dirname, "../../bin/plumbline.js");
const STEPS = 6;
const KILLS = 4;

/** Each turn writes a file (idempotent) and appends a line with the shell (not idempotent), then lingers so kills land mid-call. */
function scenario() {
  const turns = Array.from({ length: STEPS }, (_, i) => ({
    delayMs: 40,
    content: [
      { type: "tool_use", id: `w${i}`, name: "write_file", input: { path: `f${i}.txt`, content: `file ${i}` } },
      { type: "tool_use", id: `s${i}`, name: "shell", input: { command: `echo line${i} >> log.txt && sleep 0.3` } },
    ],
  }));
  return { name: "crash", mode: "bypass", turns: [...turns, { content: [{ type: "text", text: "done" }] }] };
}

function size(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/**
 * Runs the real bin. With `killAfterMs`, waits until the process has written to the journal (so startup
 * time does not matter), then SIGKILLs it that many milliseconds later. Resolves with the exit code or signal.
 */
function runBin(args: string[], journal: string, killAfterMs: number | undefined): Promise<string> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: "ignore" });
    const start = size(journal);
    let timer: NodeJS.Timeout | undefined;
    const poll =
      killAfterMs === undefined
        ? undefined
        : setInterval(() => {
            if (size(journal) === start) return;
            clearInterval(poll);
            timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
          }, 5);
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      done(signal ?? String(code));
    });
  });
}

/** A small seeded generator, so a failing run can be replayed from the seed in its message. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe("crash and resume (real bin, SIGKILL)", () => {
  it("completes every step once and never repeats a non-idempotent side effect", async () => {
    if (!existsSync(join(import.meta.dirname, "../../dist/cli/run.js"))) throw new Error("run `npm run build` first");
    const seed = Date.now() % 100_000;
    const rand = random(seed);
    const root = mkdtempSync(join(tmpdir(), "plumbline-crash-"));
    const ws = join(root, "ws");
    mkdirSync(ws);
    const scenarioPath = join(root, "scenario.json");
    writeFileSync(scenarioPath, JSON.stringify(scenario()));
    const session = join(root, "session");
    const journal = join(session, "journal.jsonl");
    const outcomes = [await runBin(["harness", "run", "--scenario", scenarioPath, "--session-dir", session, "--workspace", ws, "--events", "none"], journal, rand() * 1200)];
    for (let k = 1; k < KILLS; k++) {
      outcomes.push(await runBin(["harness", "resume", "--session-dir", session, "--events", "none"], journal, rand() * 1200));
    }
    outcomes.push(await runBin(["harness", "resume", "--session-dir", session, "--events", "none"], journal, undefined));
    const why = `seed ${seed}, outcomes ${outcomes.join(",")}, session ${session}`;
    if (process.env.PLUMBLINE_CRASH_REPORT) console.log(why);
    expect(outcomes.at(-1), why).toBe("0");
    expect(outcomes.filter((o) => o === "SIGKILL").length, why).toBeGreaterThan(0);

    const events = readJournal(join(session, "journal.jsonl")).events;
    expect(events.filter((e) => e.type === "session_ended"), why).toEqual([expect.objectContaining({ reason: "completed" })]);
    const results = events.flatMap((e) => (e.type === "tool_result" && e.key !== undefined ? [e] : []));
    const log = existsSync(join(ws, "log.txt")) ? readFileSync(join(ws, "log.txt"), "utf8").split("\n").filter(Boolean) : [];
    for (let i = 0; i < STEPS; i++) {
      expect(results.filter((r) => r.key === `step:w${i}`), why).toHaveLength(1);
      expect(readFileSync(join(ws, `f${i}.txt`), "utf8"), why).toBe(`file ${i}`);
      const shell = results.filter((r) => r.key === `step:s${i}`);
      expect(shell, why).toHaveLength(1);
      const ran = log.filter((l) => l === `line${i}`).length;
      expect(ran, why).toBeLessThanOrEqual(1);
      if (!shell[0]?.isError) expect(ran, why).toBe(1);
      else expect(shell[0].content, why).toMatch(/^interrupted/);
    }
  }, 120_000);
});
