import { describe, expect, it } from "vitest";
import { isSessionWords, limitKind, wordsOf } from "../../../src/analyzers/state/words.js";

describe("limitKind", () => {
  it.each([
    ["maxTurns", "turns"],
    ["MAX_TOOL_STEPS", "turns"],
    ["getMaxSessionTurns", "turns"],
    ["maxAttempts", "turns"],
    ["tokenBudget", "tokens"],
    ["maxContextTokens", "tokens"],
    ["maxCostUsd", "cost"],
    ["deadlineMs", "time"],
  ])("%s limits %s", (name, kind) => {
    expect(limitKind(name)).toBe(kind);
  });

  it.each(["maxTokens", "max_tokens", "maxOutputTokens", "escapeHtml", "capabilities", "turnCount", "messages"])(
    "%s is not a loop limit",
    (name) => {
      expect(limitKind(name)).toBeUndefined();
    },
  );
});

describe("isSessionWords", () => {
  it("accepts session and conversation names, rejects config, cache, logs and exports", () => {
    expect(isSessionWords(wordsOf("sessionFile"))).toBe(true);
    expect(isSessionWords(wordsOf("ChatRecordingService", "conversationFile"))).toBe(true);
    expect(isSessionWords(wordsOf("saveConfig", "settingsPath"))).toBe(false);
    expect(isSessionWords(wordsOf("exportSessionToHtml"))).toBe(false);
    expect(isSessionWords(wordsOf("sessionCache"))).toBe(false);
  });
});
