import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Journal, JournalCorruptError, readJournal, replay, writeAtomic, type HarnessEvent } from "../../src/harness/index.js";

const dir = () => mkdtempSync(join(tmpdir(), "plumbline-journal-"));

const events: HarnessEvent[] = [
  { type: "session_started", task: "do it", model: "scripted", mode: "default", role: "general", depth: 0, tools: ["read_file"] },
  { type: "model_response", turn: 0, content: [{ type: "tool_use", id: "t1", name: "read_file", input: { path: "ünïcode.txt" } }], usage: { input_tokens: 10, output_tokens: 5 }, stopReason: "tool_use" },
  { type: "step_started", key: "step:t1", callId: "t1", tool: "read_file", idempotent: true },
  { type: "tool_result", callId: "t1", tool: "read_file", key: "step:t1", content: "héllo ✓", isError: false },
  { type: "session_ended", reason: "completed", turns: 1, usage: { input_tokens: 10, output_tokens: 5 }, costUsd: 0 },
];

function write(path: string): void {
  const j = new Journal(path, 0);
  for (const e of events) j.appendEvent(e, true);
  j.close();
}

describe("journal", () => {
  it("round-trips events and rebuilds state beyond messages", () => {
    const path = join(dir(), "journal.jsonl");
    write(path);
    const read = readJournal(path);
    expect(read).toMatchObject({ droppedBytes: 0 });
    const state = replay(read.events);
    expect(state).toMatchObject({ turns: 1, usage: { input_tokens: 10, output_tokens: 5 }, steps: { "step:t1": "completed" }, ended: "completed" });
  });

  it("drops and reports a torn last line, and appends cleanly after it", () => {
    const path = join(dir(), "journal.jsonl");
    write(path);
    appendFileSync(path, '{"type":"tool_res');
    const read = readJournal(path);
    expect(read.events).toHaveLength(events.length);
    expect(read.droppedBytes).toBe(17);
    const j = new Journal(path, read.validBytes);
    j.appendEvent({ type: "session_resumed", events: 5 }, true);
    j.close();
    expect(readJournal(path)).toMatchObject({ droppedBytes: 0 });
    expect(readJournal(path).events).toHaveLength(events.length + 1);
  });

  it("refuses damage in the middle, which no crash explains", () => {
    const path = join(dir(), "journal.jsonl");
    write(path);
    const lines = readFileSync(path, "utf8").split("\n");
    lines[1] = "garbage";
    writeFileSync(path, lines.join("\n"));
    expect(() => readJournal(path)).toThrow(JournalCorruptError);
  });

  it("property: a journal cut at any byte replays to a valid prefix state", () => {
    const path = join(dir(), "journal.jsonl");
    write(path);
    const full = readFileSync(path);
    const cutPath = join(dir(), "cut.jsonl");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length }), (cut) => {
        writeFileSync(cutPath, full.subarray(0, cut));
        const read = readJournal(cutPath);
        expect(read.validBytes + read.droppedBytes).toBe(cut);
        expect(read.events).toEqual(events.slice(0, read.events.length));
        const state = replay(read.events);
        expect(state.turns).toBeLessThanOrEqual(1);
        if (state.steps["step:t1"] === "completed") expect(read.events.length).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 200 },
    );
  });

  it("writes snapshots atomically (no temp file left behind)", () => {
    const d = dir();
    writeAtomic(join(d, "state.json"), "{}\n");
    writeAtomic(join(d, "state.json"), '{"a":1}\n');
    expect(readFileSync(join(d, "state.json"), "utf8")).toBe('{"a":1}\n');
  });
});
