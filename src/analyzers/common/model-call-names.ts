/** Methods that call a model when reached through an SDK's messages/completions/responses namespace. */
const NAMESPACED = /(?:^|\.)(?:messages|completions|responses|beta\.messages)\.(?:create|stream|parse)(?:\(\))?$/;

/** Names distinctive enough to mean a model call on any receiver or none (Vercel AI, Gemini, pi-ai, OpenAI). */
const MODEL_FUNCTIONS = new Set([
  "generateText",
  "streamText",
  "generateObject",
  "streamObject",
  "generateContent",
  "generateContentStream",
  "sendMessageStream",
  "callModel",
  "callLLM",
  "callLlm",
  "queryModel",
  "invokeModel",
  "invokeLLM",
  "createChatCompletion",
  "createCompletion",
  "chatCompletion",
  "doGenerate",
  "doStream",
  "getStreamedResponse",
  "streamSimple",
  "completeSimple",
  "runModel",
  // Continue's BaseLlmApi and ILLM, and clients shaped like them.
  "chatCompletionStream",
  "chatCompletionNonStream",
  "completionStream",
  "streamChat",
  "streamComplete",
]);

/** A verb and a model noun, as apps name their one model-call helper: `queryLLM`, `askClaude`, `callGPT`, `streamModel`. */
const VERB_MODEL = /^(?:call|query|invoke|ask|prompt|send|stream|chat)(?:LLM|Llm|Model|Claude|GPT|Gpt|OpenAI|OpenAi|Openai|Anthropic|Gemini)(?:Stream|Streaming|WithTools)?$/;

/** Receivers that are unmistakably a model client. */
const STRONG_RECEIVER =
  /(?:^|[._])(?:(?:llm|model|chatModel|anthropic|openai|gemini|genai|claude|mistral|ollama|groq|bedrock|cohere|deepseek)|(?:llm|anthropic|openai|gemini|genai|claude|mistral|ollama|groq|bedrock|cohere|deepseek)(?:Client|Provider|Caller|Service|Adapter|Gateway|Api|Sdk))(?:$|[._()])/i;
const STRONG_METHODS = new Set(["invoke", "stream", "generate", "chat", "complete", "create", "predict", "call", "run", "execute", "getResponse", "sendMessage"]);
/** Variants of those verbs on a model client: `llm.invokeStructured`, `model.generateWithTools`, `llm.chatStream`. */
const STRONG_METHOD_PREFIX = /^(?:invoke|stream|generate|chat|complete|predict)[A-Z]/;

/** Receivers that are often but not always a model client: only model-specific methods count. */
const WEAK_RECEIVER = /(?:^|[._])(?:client|provider|chat|ai|apiHandler|api|handler)(?:$|[._()])/i;
const WEAK_METHODS = new Set(["chat", "complete", "completion", "generate", "predict", "createMessage", "sendMessage"]);

/**
 * Whether a callee whose last segment is `last` can be a model call at all: every match of
 * isModelCallName ends in one of these names, so hot paths check this before building dotted names.
 */
export function mayBeModelMethod(last: string): boolean {
  return (
    MODEL_FUNCTIONS.has(last) ||
    VERB_MODEL.test(last) ||
    STRONG_METHODS.has(last) ||
    STRONG_METHOD_PREFIX.test(last) ||
    WEAK_METHODS.has(last) ||
    last === "parse" ||
    last.includes("(")
  );
}

/**
 * Whether a dotted callee name (see dottedName) is a call to a language model.
 * Name-based on purpose: the audit has no types for the target, and SDK shapes are few and stable.
 */
export function isModelCallName(dotted: string | undefined): boolean {
  if (!dotted) return false;
  const clean = dotted.includes("()") ? dotted.replace(/\(\)/g, "") : dotted;
  const dot = clean.lastIndexOf(".");
  const last = dot < 0 ? clean : clean.slice(dot + 1);
  if (MODEL_FUNCTIONS.has(last) || VERB_MODEL.test(last)) return true;
  if (dot < 0) return false;
  const receiver = clean.slice(0, dot);
  if ((STRONG_METHODS.has(last) || STRONG_METHOD_PREFIX.test(last)) && STRONG_RECEIVER.test(receiver)) return true;
  if (WEAK_METHODS.has(last) && WEAK_RECEIVER.test(receiver)) return true;
  return (last === "create" || last === "stream" || last === "parse") && NAMESPACED.test(dotted);
}
