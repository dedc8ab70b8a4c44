import { describe, expect, it } from "vitest";
import { isModelCallName } from "../../../src/analyzers/common/model-call-names.js";

describe("isModelCallName", () => {
  it.each([
    "client.messages.create",
    "anthropic.beta.messages.stream",
    "openai.chat.completions.create",
    "this.openai.responses.create",
    "generateText",
    "ai.models.generateContentStream",
    "this.geminiClient.sendMessageStream",
    "this.config.model.stream",
    "model.getResponse",
    "llm.invoke",
    "this.client.chat",
    "this.api.createMessage",
    "chat.sendMessage",
    "streamSimple",
    "ctx.llm.invokeStructured",
    "queryLLM",
    "askClaude",
    "this.callGPT",
    "this.model.streamAggregated",
    "this.chatModel.generateWithTools",
  ])("%s is a model call", (name) => {
    expect(isModelCallName(name)).toBe(true);
  });

  it.each([
    "complete",
    "sendMessage",
    "deferred.complete",
    "this.client.send",
    "httpClient.get",
    "twilioRequest.create",
    "UserModel.create",
    "ws.sendMessage",
    "promise.then",
    "this.lspClient.call",
    "this.client.invokeStructured",
    "llm.streamline",
    "queryModels",
    "callModelRegistry",
    undefined,
  ])("%s is not a model call", (name) => {
    expect(isModelCallName(name)).toBe(false);
  });
});
