import { describe, expect, it } from "vitest";
import { auditMap } from "../../support/rule-tester.js";
import { boundedAnthropicLoop, unboundedAnthropicLoop } from "../../rules/budgeting/toy-agents.js";
import { jsonChatSaver, jsonlJournalAgent } from "../../rules/persistence/toy-agents.js";

const status = (files: Record<string, string>, pillar: "persistence" | "budgeting") => auditMap(files).score.pillars[pillar].status;

describe("toy agents get the rubric's statuses for what their code does", () => {
  it("a while(true) loop with nothing counted or bounded has no budgeting", () => {
    expect(status({ "src/agent.ts": unboundedAnthropicLoop }, "budgeting")).toBe("absent");
  });

  it("a turn-bounded loop is partial budgeting (no token count, no compaction)", () => {
    expect(status({ "src/agent.ts": boundedAnthropicLoop }, "budgeting")).toBe("partial");
  });

  it("messages saved to a JSON file are thin persistence", () => {
    expect(status({ "src/chat.ts": jsonChatSaver }, "persistence")).toBe("partial");
  });

  it("a typed JSONL journal that is replayed on resume is present", () => {
    expect(status({ "src/journal.ts": jsonlJournalAgent }, "persistence")).toBe("present");
  });

  it("an agent with no writes has no persistence", () => {
    expect(status({ "src/agent.ts": unboundedAnthropicLoop }, "persistence")).toBe("absent");
  });

  it("the same journal kept only under examples/ is partial", () => {
    expect(status({ "examples/journal.ts": jsonlJournalAgent }, "persistence")).toBe("partial");
  });
});
