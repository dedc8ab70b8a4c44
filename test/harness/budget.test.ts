import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCompaction, checkBudget, costOf, DEFAULT_MAX_TURNS, planCompaction, priceOf, type Message } from "../../src/harness/index.js";

const spent0 = { turns: 0, tokens: 0, costUsd: 0, wallMs: 0 };

describe("budget", () => {
  it("names the limit that stops a call", () => {
    expect(checkBudget({ maxTurns: 2 }, { ...spent0, turns: 2 }, 10, 0)).toEqual({ ok: false, limit: "max_turns" });
    expect(checkBudget({ maxTokens: 100 }, { ...spent0, tokens: 90 }, 10, 0)).toEqual({ ok: false, limit: "max_tokens" });
    expect(checkBudget({ maxCostUsd: 1 }, { ...spent0, costUsd: 0.99 }, 10, 0.02)).toEqual({ ok: false, limit: "max_cost" });
    expect(checkBudget({ maxWallMs: 1000 }, { ...spent0, wallMs: 1000 }, 10, 0)).toEqual({ ok: false, limit: "timeout" });
    expect(checkBudget({ maxTokens: 100 }, spent0, 60, 0)).toEqual({ ok: true, maxOutput: 40 });
  });

  it("stops at a default turn limit when the config sets none", () => {
    expect(checkBudget({}, { ...spent0, turns: DEFAULT_MAX_TURNS - 1 }, 10, 0).ok).toBe(true);
    expect(checkBudget({}, { ...spent0, turns: DEFAULT_MAX_TURNS }, 10, 0)).toEqual({ ok: false, limit: "max_turns" });
  });

  it("prices unknown models as the dearest, so cost limits fail closed", () => {
    expect(priceOf("claude-sonnet-4-5-20250929")).toEqual({ input: 3, output: 15 });
    expect(priceOf("some-new-model")).toEqual({ input: 15, output: 75 });
    expect(costOf("claude-haiku-4-5", { input_tokens: 1_000_000, output_tokens: 0 })).toBe(1);
  });

  it("property: spent tokens never exceed the budget for random usage sequences", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 10_000 })), { maxLength: 40 }), (maxTokens, calls) => {
        let spent = 0;
        for (const [input, wanted] of calls) {
          const check = checkBudget({ maxTokens }, { ...spent0, tokens: spent }, input, 0);
          if (!check.ok) break;
          spent += input + Math.min(wanted, check.maxOutput); // the API stops at max_tokens
          expect(spent).toBeLessThanOrEqual(maxTokens);
        }
      }),
    );
  });
});

const user = (text: string): Message => ({ role: "user", content: [{ type: "text", text }] });
const call = (id: string): Message => ({ role: "assistant", content: [{ type: "tool_use", id, name: "read_file", input: { path: id } }] });
const result = (id: string): Message => ({ role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "x".repeat(100) }] });

describe("compaction", () => {
  const conversation = [user("the task"), call("a"), result("a"), call("b"), result("b"), call("c"), result("c"), call("d")];

  it("keeps the task, the recent turns and the unresolved call; records what it dropped", () => {
    const plan = planCompaction(conversation);
    expect(plan).toEqual({ dropped: 4, summary: "[earlier conversation compacted: 4 messages dropped; tools called: read_file x2]" });
    const after = applyCompaction(conversation, plan);
    expect(after[0]?.content[0]).toEqual({ type: "text", text: "the task" });
    expect(after.slice(1)).toEqual(conversation.slice(5));
    expect(after[after.length - 1]).toEqual(call("d"));
  });

  it("never separates a tool_use from its tool_result", () => {
    for (let n = 1; n <= conversation.length; n++) {
      const after = applyCompaction(conversation.slice(0, n), planCompaction(conversation.slice(0, n)));
      const uses = after.flatMap((m) => m.content.flatMap((b) => (b.type === "tool_use" ? [b.id] : [])));
      const results = after.flatMap((m) => m.content.flatMap((b) => (b.type === "tool_result" ? [b.tool_use_id] : [])));
      for (const r of results) expect(uses).toContain(r);
    }
  });

  it("has nothing to drop in a short conversation", () => {
    expect(planCompaction(conversation.slice(0, 3)).dropped).toBe(0);
  });
});
