/** Methods that call a model when reached through an SDK's messages/completions/responses namespace. */
const NAMESPACED = /(?:^|\.)(?:messages|completions|responses|chat|beta\.messages)\.(?:create|stream|parse)(?:\(\))?$/;

/** Free functions and methods whose names say they call a model in the SDKs and harnesses we know. */
const MODEL_FUNCTIONS = new Set([
  "generateText",
  "streamText",
  "generateObject",
  "streamObject",
  "generateContent",
  "generateContentStream",
  "sendMessage",
  "sendMessageStream",
  "callModel",
  "callLLM",
  "callLlm",
  "queryModel",
  "invokeModel",
  "createChatCompletion",
  "createCompletion",
  "doGenerate",
  "doStream",
  "getResponse",
  "getStreamedResponse",
  "runModel",
  "complete",
  "completion",
  "chatCompletion",
]);

/** Receivers whose names say they are a model client. */
const MODEL_RECEIVER = /(?:^|[._])(?:llm|model|client|anthropic|openai|gemini|genai|provider|chat|ai|claude|mistral|ollama|groq|bedrock)(?:$|[._()])/i;
const RECEIVER_METHODS = new Set(["invoke", "stream", "generate", "chat", "complete", "create", "send", "predict", "call", "run"]);

/**
 * Whether a dotted callee name (see dottedName) is a call to a language model.
 * Name-based on purpose: the audit has no types for the target, and SDK shapes are few and stable.
 */
export function isModelCallName(dotted: string | undefined): boolean {
  if (!dotted) return false;
  if (NAMESPACED.test(dotted)) return true;
  const parts = dotted.replace(/\(\)/g, "").split(".");
  const last = parts[parts.length - 1] ?? "";
  if (MODEL_FUNCTIONS.has(last)) return true;
  if (parts.length >= 2 && RECEIVER_METHODS.has(last)) {
    const receiver = parts.slice(0, -1).join(".");
    return MODEL_RECEIVER.test(receiver);
  }
  return false;
}
