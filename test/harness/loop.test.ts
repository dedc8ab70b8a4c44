import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configFromScenario, ModelError, readJournal, resumeSession, startSession, type HarnessEvent, type ModelClient, type Scenario } from "../../src/harness/index.js";

function dirs() {
  const root = mkdtempSync(join(tmpdir(), "plumbline-loop-"));
  return { ws: mkdtempSync(join(root, "ws-")), session: join(root, "session") };
}

const writeTurn = (id: string, path: string) => ({ content: [{ type: "tool_use" as const, id, name: "write_file", input: { path, content: id } }] });
const done = { content: [{ type: "text" as const, text: "done" }] };

describe("agent loop", () => {
  it("runs a scenario to completion and journals typed events", async () => {
    const d = dirs();
    const scenario: Scenario = { name: "w", mode: "accept-edits", turns: [writeTurn("t1", "a.txt"), done] };
    const out = await startSession(d.session, configFromScenario(scenario, d.ws));
    expect(out.reason).toBe("completed");
    expect(readFileSync(join(d.ws, "a.txt"), "utf8")).toBe("t1");
    const types = readJournal(join(d.session, "journal.jsonl")).events.map((e) => e.type);
    expect(types[0]).toBe("session_started");
    expect(types.at(-1)).toBe("session_ended");
    expect(JSON.parse(readFileSync(join(d.session, "state.json"), "utf8"))).toMatchObject({ ended: "completed", turns: 2 });
  });

  it("is deterministic: the same scenario gives the same journal", async () => {
    const scenario: Scenario = { name: "w", mode: "accept-edits", turns: [writeTurn("t1", "a.txt"), done] };
    const a = dirs();
    const b = dirs();
    await startSession(a.session, configFromScenario(scenario, a.ws));
    await startSession(b.session, configFromScenario(scenario, b.ws));
    expect(readFileSync(join(a.session, "journal.jsonl"), "utf8")).toBe(readFileSync(join(b.session, "journal.jsonl"), "utf8"));
  });

  it("remembers an `always` answer as a grant in the session state", async () => {
    const d = dirs();
    const asked: string[] = [];
    const scenario: Scenario = { name: "g", turns: [writeTurn("t1", "a.txt"), writeTurn("t2", "a.txt"), done] };
    const out = await startSession(d.session, configFromScenario(scenario, d.ws), { approver: async (tool) => (asked.push(tool.name), "always") });
    expect(asked).toEqual(["write_file"]);
    expect(out.state.grants).toEqual(["write_file(a.txt)"]);
  });

  it("ends with model_error when the model fails, and aborted when cancelled", async () => {
    const failing: ModelClient = { model: "scripted", call: async () => Promise.reject(new ModelError("overloaded")) };
    const d = dirs();
    expect((await startSession(d.session, configFromScenario({ name: "e", turns: [] }, d.ws), { model: failing })).reason).toBe("model_error");
    const e = dirs();
    const controller = new AbortController();
    controller.abort();
    expect((await startSession(e.session, configFromScenario({ name: "a", turns: [done] }, e.ws), { signal: controller.signal })).reason).toBe("aborted");
  });

  it("streams every event to subscribers, sub-agent events wrapped", async () => {
    const d = dirs();
    writeFileSync(join(d.ws, "x.txt"), "x");
    const seen: HarnessEvent[] = [];
    const scenario: Scenario = {
      name: "s",
      turns: [{ content: [{ type: "tool_use", id: "s1", name: "spawn_agent", input: { role: "explore", task: "look" } }] }, done],
      agents: { s1: { turns: [{ content: [{ type: "tool_use", id: "r1", name: "read_file", input: { path: "x.txt" } }], usage: { input_tokens: 70, output_tokens: 7 } }, done] } },
    };
    const out = await startSession(d.session, configFromScenario(scenario, d.ws), { subscribers: [(e) => void seen.push(e)] });
    expect(seen.filter((e) => e.type === "agent_event").length).toBeGreaterThan(3);
    expect(out.state.usage).toEqual({ input_tokens: 70, output_tokens: 7 }); // the sub-agent's spend is charged to the parent
    expect(readJournal(join(d.session, "agents", "s1", "journal.jsonl")).events.at(-1)).toMatchObject({ type: "session_ended", reason: "completed" });
  });

  it("says so when resuming a finished session", async () => {
    const d = dirs();
    await startSession(d.session, configFromScenario({ name: "f", turns: [done] }, d.ws));
    const again = await resumeSession(d.session);
    expect(again).toMatchObject({ resumed: false, reason: "completed" });
  });
});

describe("loop limits", () => {
  it("stops retrying a compaction that frees nothing", async () => {
    const d = dirs();
    const task = "x".repeat(4000);
    const list = (id: string) => ({ content: [{ type: "tool_use" as const, id, name: "list_files", input: { path: "." } }] });
    const scenario: Scenario = { name: "c", task, budget: { contextWindow: 1000, compactAt: 0.5 }, turns: [list("a"), list("b"), list("c"), list("d"), list("e"), done] };
    const out = await startSession(d.session, configFromScenario(scenario, d.ws));
    const compactions = readJournal(join(d.session, "journal.jsonl")).events.filter((e) => e.type === "compaction");
    expect(compactions.filter((e) => e.type === "compaction" && !e.ok)).toHaveLength(3);
    expect(out.reason).toBe("completed");
  });

  it("keeps decisions in their own log beside the journal", async () => {
    const d = dirs();
    await startSession(d.session, configFromScenario({ name: "d", turns: [writeTurn("t1", "a.txt"), done] }, d.ws));
    const decisions = readJournal(join(d.session, "decisions.jsonl")).events.map((e) => e.type);
    expect(decisions).toEqual(["budget_checked", "permission_decided", "tool_result", "budget_checked", "session_ended"]);
  });
});
