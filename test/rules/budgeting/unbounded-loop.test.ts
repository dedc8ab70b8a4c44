import rule from "../../../src/rules/budgeting/unbounded-loop.js";
import { ruleTester } from "../../support/rule-tester.js";
import { boundedAnthropicLoop, unboundedAnthropicLoop } from "./toy-agents.js";

/** A Claude Agent SDK run with the given options; `expect` marks the query line. */
const sdkRun = (options: string, expect: string): Record<string, string> => ({
  "src/planner.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";
export class Planner {
  async plan(prompt: string) {
    const q = query({ prompt, options: { model: "claude-sonnet-4-5", ${options} } });${expect}
    for await (const msg of q) if (msg.type === "result") return msg.result;
  }
}
`,
});

/** An unbounded loop that runs one step until the model ends its turn; `body` is the step method's body. */
const endTurnLoop = (step: string, body: string): string => `export class Agent {
  async run() {
    while (true) { // expect: budgeting/unbounded-loop
      const reply = await this.${step}();
      if (reply.stopReason === "end_turn") return reply;
    }
  }
  private async ${step}() {
${body}
  }
}
`;

/** An agent loop that calls `check` (a helper of another file) every turn, or only when `when` holds. */
const checkedLoop = (check: string, expect: string): Record<string, string> => ({
  "src/agent.ts": `import { checkHumanInTheLoop } from "./hitl.js";
export async function runAgent(agent: AgentContext, llm: LLM) {
  let counters = { iteration: 0, cost: 0 };
  let done = false;
  while (!done) {${expect}
    ${check}
    const reply = await llm.generateText(agent.prompt);
    done = reply.includes("<done/>");
  }
}
`,
});

/** A chat manager whose tool handling calls the model again through its own methods; `guard` runs in the handler. */
const mutualRecursion = (guard: string, expect: string): Record<string, string> => ({
  "src/chat-manager.js": `export class ChatManager {
  async processResponse(response, depth = 0) {
    const message = response.choices[0].message;
    if (message.function_call) return await this.handleFunctionCall(message.function_call, depth);
    return message.content;
  }
  async handleFunctionCall(call, depth) {
    ${guard}
    this.history.push({ role: "function", name: call.name, content: await this.registry.run(call) });
    return await this.respondAfterFunction(depth + 1);
  }
  async respondAfterFunction(depth) {${expect}
    const response = await this.openaiClient.createChatCompletion(this.history, this.functions);
    return await this.processResponse(response, depth);
  }
}
`,
});

/** A tool loop that counts turns up to a limit; `step` runs after each tool result. */
const countedLoop = (step: string, mark: string): string => `import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();
export async function run(messages: Anthropic.MessageParam[], maxTurns = 50) {
  let turnsCount = 0;
  while (true) {${mark}
    turnsCount++;
    if (turnsCount > maxTurns) throw new Error("too many turns");
    const reply = await client.messages.create({ model: "m", max_tokens: 1024, messages });
    const uses = reply.content.filter((b) => b.type === "tool_use");
    if (uses.length === 0) return reply;
    for (const use of uses) {
      messages.push({ role: "user", content: [{ type: "tool_result", tool_use_id: use.id, content: "ok" }] });
      ${step}
    }
  }
}
`;

ruleTester(rule, {
  valid: [
    {
      name: "a chat loop whose helper asks the user every time (a REPL through a method)",
      files: {
        "src/cli/chat.ts": `import inquirer from "inquirer";
export class ChatInterface {
  async start() {
    while (true) {
      const result = await this.chatLoop();
      if (result === "exit") return;
    }
  }
  private async chatLoop() {
    const answers = await inquirer.prompt([{ type: "input", name: "message", message: "You:" }]);
    if (answers.message === "/exit") return "exit";
    const reply = await this.llmClient.chat([{ role: "user", content: answers.message }]);
    console.log(reply.content);
    return "continue";
  }
}
`,
      },
    },
    {
      name: "a for loop whose initializer sets the counter it compares (not a reset)",
      files: {
        "src/core/stream.ts": `export async function* run(llmClient: LlmClient, messages: Message[], maxIterations: number) {
  let iteration = 0;
  for (iteration = 0; iteration < maxIterations; iteration++) {
    const reply = await llmClient.stream(messages);
    if (!reply.toolCalls.length) return reply;
    messages.push(reply.message);
  }
}
`,
      },
    },
    {
      name: "a loop that throws its limit error when the turn state says stop",
      files: {
        "src/agent.ts": `export class Agent {
  async run() {
    while (true) {
      if (!this.state.canContinue()) throw new AgentLoopExceededError(this.state.loopCount);
      this.state.incrementLoop();
      const reply = await this.llmCaller.execute(this.messages);
      if (reply.done) return reply;
    }
  }
}
`,
      },
    },
    {
      name: "recursion through the class's own methods with a depth limit in one of them",
      files: mutualRecursion(`if (depth >= MAX_TOOL_DEPTH) return "stopped: too many tool calls";`, ""),
    },
    {
      name: "a human-in-the-loop check every turn (pauses after N iterations or a cost budget) bounds the loop",
      files: checkedLoop("counters = await checkHumanInTheLoop(counters, agent);", ""),
    },
    { name: "a Claude Agent SDK run with maxTurns", files: sdkRun(`maxTurns: 25`, "") },
    { name: "a Claude Agent SDK run with a cost budget", files: sdkRun(`maxBudgetUsd: 2`, "") },
    { name: "a Claude Agent SDK run whose options come partly from elsewhere (a spread)", files: sdkRun(`...this.options`, "") },
    { name: "for loop bounded by MAX_TURNS", files: { "src/agent.ts": boundedAnthropicLoop } },
    {
      name: "while(true) with a session-turn check that applies when set, and a default set in config (gemini-cli style)",
      files: {
        "src/config.ts": `export class Config {
  private readonly maxSessionTurns: number;
  constructor(params: ConfigParameters) {
    this.maxSessionTurns = params.maxSessionTurns ?? 100;
  }
  getMaxSessionTurns(): number {
    return this.maxSessionTurns;
  }
}
`,
        "src/non-interactive.ts": `export async function runNonInteractive(config: Config, client: GeminiClient, input: string) {
  let turnCount = 0;
  while (true) {
    turnCount++;
    if (config.getMaxSessionTurns() >= 0 && turnCount > config.getMaxSessionTurns()) {
      console.error("Reached max session turns");
      return;
    }
    const stream = client.sendMessageStream(input, new AbortController().signal);
    for await (const event of stream) handle(event);
  }
}
`,
      },
    },
    {
      name: "step limit tested for being set, with a default in the same function's parameters",
      files: {
        "src/agent.ts": `export async function runTask(llm: LLM, task: string, { maxSteps = 25 }: { maxSteps?: number } = {}) {
  let step = 0;
  while (true) {
    if (maxSteps && step >= maxSteps) break;
    step++;
    const out = await llm.invoke(task);
    if (out.done) return out;
  }
}
`,
      },
    },
    {
      name: "loop bounded through a helper in another file that throws on maxTurns (openai-agents style)",
      files: {
        "src/runner/turn-preparation.ts": `export function prepareTurn(state: RunState) {
  if (state.maxTurns !== null && state.currentTurn > state.maxTurns) {
    throw new MaxTurnsExceededError(\`Max turns (\${state.maxTurns}) exceeded\`);
  }
  state.currentTurn++;
}
`,
        "src/runner/run.ts": `import { prepareTurn } from "./turn-preparation";
export async function runLoop(state: RunState, model: Model) {
  while (true) {
    prepareTurn(state);
    const response = await model.getResponse(state.request());
    if (response.finalOutput) return response;
  }
}
`,
      },
    },
    {
      name: "retry loop that returns the first successful response and waits on errors (no attempt count)",
      files: {
        "src/request.ts": `export async function complete(vendor: Vendor, body: Body, backoff: (n: number) => number) {
  let count = 0;
  while (true) {
    try {
      return await vendor.api.chat.completions.create(body);
    } catch (error) {
      await new Promise((r) => setTimeout(r, backoff(count)));
      count++;
    }
  }
}
`,
      },
    },
    {
      name: "method that retries itself with one retry fewer in its options",
      files: {
        "src/safe-generator.ts": `import { generateObject } from "ai";
export class ObjectGenerator {
  async generateObject(options: { model: string; prompt: string; numRetries?: number }) {
    const { numRetries = 0 } = options;
    try {
      return await generateObject({ model: options.model, prompt: options.prompt });
    } catch (error) {
      if (numRetries > 0) return this.generateObject({ ...options, numRetries: numRetries - 1 });
      throw error;
    }
  }
}
`,
      },
    },
    {
      name: "retry loop around one model call with a fixed attempt count",
      files: {
        "src/retry.ts": `import OpenAI from "openai";
const openai = new OpenAI();
export async function completeWithRetry(prompt: string) {
  let attempt = 0;
  while (true) {
    try {
      return await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });
    } catch (error) {
      if (++attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
  }
}
`,
      },
    },
    {
      name: "streaming for-await over one response is not an agent loop",
      files: {
        "src/stream.ts": `import { streamText } from "ai";
export async function answer(prompt: string, model: LanguageModel) {
  const result = streamText({ model, prompt });
  let text = "";
  for await (const delta of result.textStream) text += delta;
  return text;
}
`,
      },
    },
    {
      name: "chat REPL paced by the user",
      files: {
        "src/repl.ts": `import readline from "node:readline/promises";
import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
export async function main() {
  const messages: Anthropic.MessageParam[] = [];
  while (true) {
    const line = await rl.question("> ");
    messages.push({ role: "user", content: line });
    const reply = await client.messages.create({ model: "claude-haiku-4-5", max_tokens: 1024, messages });
    messages.push({ role: "assistant", content: reply.content });
  }
}
`,
      },
    },
    {
      name: "max_tokens alone does not make a polling loop an agent loop, and no model call here",
      files: {
        "src/poll.ts": `export async function waitForJob(api: JobsApi, id: string) {
  while (true) {
    const job = await api.get(id);
    if (job.done) return job;
    await new Promise((r) => setTimeout(r, 500));
  }
}
`,
      },
    },
    {
      name: "delegating wrapper with the same method name is not recursion",
      files: {
        "src/logging-generator.ts": `export class LoggingContentGenerator {
  constructor(private readonly wrapped: ContentGenerator) {}
  async generateContent(request: Request) {
    log(request);
    return this.wrapped.generateContent(request);
  }
}
`,
      },
    },
    {
      name: "Vercel generateText with stopWhen inside a bounded for loop over items",
      files: {
        "src/batch.ts": `import { generateText, stepCountIs } from "ai";
export async function summarizeAll(docs: string[], model: LanguageModel) {
  const out: string[] = [];
  for (let i = 0; i < docs.length; i++) {
    const { text } = await generateText({ model, prompt: docs[i], stopWhen: stepCountIs(5) });
    out.push(text);
  }
  return out;
}
`,
      },
    },
    {
      name: "a retry loop around a turn loop bounded by maxToolRounds",
      files: {
        "src/agent.ts": `import { generateText } from "ai";
export async function processTurn(state: State) {
  let retried = false;
  while (true) {
    try {
      for (let round = 0; round < state.maxToolRounds; round++) {
        const result = await generateText({ model: state.model, messages: state.messages, tools: state.tools });
        if (result.toolCalls.length === 0) return result.text;
        state.messages.push(...(await runTools(result.toolCalls)));
      }
      return "stopped: max tool rounds";
    } catch (error) {
      if (retried || !isOverflow(error)) throw error;
      retried = true;
      await compact(state);
    }
  }
}
`,
      },
    },
    { name: "a turn counter that only counts up bounds the loop", files: { "src/loop.ts": countedLoop("toolCalls--;", "") } },
    { name: "a model call repeated by a delayed timer is a periodic job, not a loop", files: { "src/processor.ts": `import Anthropic from "@anthropic-ai/sdk";
export class AgentProcessor {
  private client = new Anthropic();
  async runIteration(taskId: string): Promise<void> {
    const reply = await this.client.messages.create({ model: "m", max_tokens: 1024, messages: await this.history(taskId) });
    await this.save(taskId, reply);
    if (reply.stop_reason === "tool_use") setTimeout(() => this.runIteration(taskId), 60_000);
  }
}
` } },
  ],
  invalid: [
    {
      name: "a step limit checked by another file's namesake of a loop step does not bound this loop",
      files: {
        "src/agent/agent.ts": endTurnLoop("_stream", "    return this.model.streamAggregated(this.messages);"),
        "src/multiagent/graph.ts": `export class Graph {
  private async _stream(state: State) {
    this._checkSteps(state);
    return this.runNode(state);
  }
  private _checkSteps(state: State) {
    if (state.steps >= this.config.maxSteps) throw new Error("max steps reached");
  }
}
`,
      },
    },
    {
      name: "a per-response max-tokens error from the model is no bound on the loop",
      files: {
        "src/agent.ts": endTurnLoop(
          "invoke",
          `    const reply = await this.model.streamAggregated(this.messages);
    if (reply.stopReason === "max_tokens") throw new MaxTokensError("response cut off");
    return reply;`,
        ),
      },
    },
    {
      name: "an iteration rescheduled with setImmediate that reaches the model through a provider service in another file",
      files: {
        "src/anthropic.service.ts": `import Anthropic from "@anthropic-ai/sdk";
export class AnthropicService {
  private client = new Anthropic();
  async generateMessage(messages: Anthropic.MessageParam[]) {
    return this.client.messages.create({ model: "m", max_tokens: 1024, messages });
  }
}
`,
        "src/processor.ts": `export class AgentProcessor {
  constructor(private services: Record<string, { generateMessage(m: unknown[]): Promise<{ stop_reason: string }> }>) {}
  private async runIteration(taskId: string): Promise<void> { // expect: budgeting/unbounded-loop
    const service = this.services[await this.provider(taskId)];
    const reply = await service.generateMessage(await this.history(taskId));
    if (reply.stop_reason === "tool_use") setImmediate(() => this.runIteration(taskId));
  }
}
`,
      },
    },
    {
      name: "an iteration that schedules the next one at once (setImmediate) recurses with no bound",
      files: { "src/processor.ts": `import Anthropic from "@anthropic-ai/sdk";
export class AgentProcessor {
  private client = new Anthropic();
  async runIteration(taskId: string): Promise<void> { // expect: budgeting/unbounded-loop
    const reply = await this.client.messages.create({ model: "m", max_tokens: 1024, messages: await this.history(taskId) });
    await this.save(taskId, reply);
    if (reply.stop_reason === "tool_use") setImmediate(() => this.runIteration(taskId));
  }
}
` },
    },
    {
      name: "a turn counter counted back after every tool call never reaches its limit",
      files: { "src/loop.ts": countedLoop("turnsCount--;", " // expect: budgeting/unbounded-loop") },
    },
    {
      name: "recursion through the class's own methods (response -> tool call -> model -> response) with no limit",
      files: mutualRecursion("", " // expect: budgeting/unbounded-loop"),
    },
    {
      name: "the same check run only on some turns does not bound the loop",
      files: checkedLoop("if (agent.debug) counters = await checkHumanInTheLoop(counters, agent);", " // expect: budgeting/unbounded-loop"),
    },
    {
      name: "a Claude Agent SDK run with no maxTurns or budget: the SDK's loop has no bound",
      files: sdkRun(`permissionMode: "bypassPermissions", cwd: "/repo"`, " // expect: budgeting/unbounded-loop"),
    },
    { name: "60-line while(true) Anthropic loop with no bound", files: { "src/agent.ts": unboundedAnthropicLoop } },
    {
      name: "session-turn limit read through a config getter whose default is -1 (off)",
      files: {
        "src/config.ts": `export class Config {
  private readonly maxSessionTurns: number;
  constructor(params: ConfigParameters) {
    this.maxSessionTurns = params.maxSessionTurns ?? -1;
  }
  getMaxSessionTurns(): number {
    return this.maxSessionTurns;
  }
}
`,
        "src/non-interactive.ts": `export async function runNonInteractive(config: Config, client: GeminiClient, input: string) {
  let turnCount = 0;
  while (true) { // expect: budgeting/unbounded-loop
    turnCount++;
    if (config.getMaxSessionTurns() >= 0 && turnCount > config.getMaxSessionTurns()) return;
    const stream = client.sendMessageStream(input, new AbortController().signal);
    for await (const event of stream) handle(event);
  }
}
`,
      },
    },
    {
      name: "step limit checked only when the caller passes one, with no default anywhere (HyperAgent style)",
      files: {
        "src/agent/run-task.ts": `export async function runAgentTask(ctx: AgentCtx, params?: TaskParams) {
  let currStep = 0;
  while (true) { // expect: budgeting/unbounded-loop
    if (params?.maxSteps && currStep >= params.maxSteps) break;
    const output = await retry({ func: () => (async () => ctx.llm.invokeStructured({ schema }, msgs))() });
    if (output.done) break;
    await runAction(output.action);
    currStep = currStep + 1;
  }
}
`,
        "src/types.ts": `export interface TaskParams {
  maxSteps?: number;
  debugDir?: string;
}
`,
      },
    },
    {
      name: "turn cap whose default is Infinity (swarm style)",
      files: {
        "src/swarm.ts": `export class Swarm {
  async run({ agent, messages, max_turns = Infinity }: RunOptions) {
    const history = [...messages];
    const initLen = messages.length;
    while (history.length - initLen < max_turns && agent) { // expect: budgeting/unbounded-loop
      const completion = await this.client.chat.completions.create({ model: agent.model, messages: history, tools: agent.tools });
      history.push(completion.choices[0].message);
      if (!completion.choices[0].message.tool_calls) break;
      history.push(...(await this.handleToolCalls(completion)));
    }
    return history;
  }
}
`,
      },
    },
    {
      name: "iteration cap that is off at its default of 0 (agent-kit style)",
      files: {
        "src/network.ts": `export class Network {
  private maxIter: number;
  constructor(opts: { maxIter?: number }) {
    this.maxIter = opts.maxIter ?? 0;
  }
  async run(input: string) {
    let counter = 0;
    while (true) { // expect: budgeting/unbounded-loop
      if (this.maxIter > 0 && counter >= this.maxIter) break;
      counter++;
      const result = await this.model.generate(input);
      if (!result.toolCalls.length) return result;
    }
  }
}
`,
      },
    },
    {
      name: "loop condition with a cap that 0 turns off, and 0 the default (agent-kit network style)",
      files: {
        "src/network.ts": `export class Network {
  maxIter: number;
  private _counter = 0;
  constructor({ maxIter }: { maxIter?: number }) {
    this.maxIter = maxIter || 0;
  }
  async run(router: Router) {
    while (this._stack.length > 0 && (this.maxIter === 0 || this._counter < this.maxIter)) { // expect: budgeting/unbounded-loop
      const agent = this._stack.shift();
      const result = await this.model.generate(agent.prompt);
      this._counter++;
      this._stack.push(...(await router(result)));
    }
  }
}
`,
      },
    },
    {
      name: "agent turn loop with only an inner retry loop bounded by MAX_RETRIES (codex-cli style)",
      files: {
        "src/agent-loop.ts": `import OpenAI from "openai";
export async function run(oai: OpenAI, input: Item[]) {
  let turnInput = input;
  while (turnInput.length > 0) { // expect: budgeting/unbounded-loop
    let stream;
    const MAX_RETRIES = 5;
    for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {
      try {
        stream = await oai.chat.completions.create({ model: "o4-mini", messages: turnInput, stream: true });
        break;
      } catch (err) {
        if (attempt >= MAX_RETRIES) throw err;
      }
    }
    turnInput = [];
    for await (const event of stream) turnInput.push(...(await handleToolCalls(event)));
  }
}
`,
      },
    },
    {
      name: "sub-agent loop that only checks an abort signal (nanocoder style)",
      files: {
        "src/subagents/executor.ts": `export class SubagentExecutor {
  constructor(private client: LLMClient) {}
  async execute(task: string, signal?: AbortSignal): Promise<string> {
    const messages: Message[] = [{ role: "user", content: task }];
    let iterations = 0;
    while (true) { // expect: budgeting/unbounded-loop
      if (signal?.aborted) throw new Error("Aborted");
      iterations++;
      const response = await this.client.chat(messages, this.tools);
      const toolCalls = response.toolCalls;
      if (!toolCalls || toolCalls.length === 0) return response.content;
      for (const call of toolCalls) messages.push(await this.runTool(call));
    }
  }
}
`,
      },
    },
    {
      name: "tool loop that runs while the model asks for tools, model call in a helper (pi-mono style)",
      files: {
        "src/agent-loop.ts": `import { streamSimple } from "@mariozechner/pi-ai";
async function streamAssistantResponse(context: Context, streamFn?: StreamFn) {
  const streamFunction = streamFn || streamSimple;
  const response = await streamFunction(context.model, context);
  return response.result();
}
export async function runLoop(context: Context) {
  let hasMoreToolCalls = true;
  let pending: Message[] = [];
  while (hasMoreToolCalls || pending.length > 0) { // expect: budgeting/unbounded-loop
    const message = await streamAssistantResponse(context);
    const toolCalls = message.content.filter((c) => c.type === "toolCall");
    hasMoreToolCalls = toolCalls.length > 0;
    pending = await executeToolCalls(context, toolCalls);
  }
}
`,
      },
    },
    {
      name: "recursive function that calls the model again after tools",
      files: {
        "src/recursive.ts": `import OpenAI from "openai";
const openai = new OpenAI();
export async function respond(messages: ChatMessage[]): Promise<string> { // expect: budgeting/unbounded-loop
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages, tools });
  const msg = completion.choices[0].message;
  if (!msg.tool_calls?.length) return msg.content ?? "";
  messages.push(msg, ...(await runTools(msg.tool_calls)));
  return respond(messages);
}
`,
      },
    },
    {
      name: "while(true) whose helper hands a stream factory to a retry wrapper around an imported client call (Continue style)",
      files: {
        "src/stream/chat.ts": `import { withBackoff } from "../util/backoff.js";
import { chatCompletionStreamWithBackoff } from "../util/llm.js";

async function processResponse(llmApi: LlmApi, history: Message[]) {
  const streamFactory = async (signal: AbortSignal) => chatCompletionStreamWithBackoff(llmApi, { messages: history }, signal);
  return withBackoff(streamFactory, 3);
}

export async function streamChatResponse(llmApi: LlmApi, history: Message[]) {
  while (true) { // expect: budgeting/unbounded-loop
    const { toolCalls } = await processResponse(llmApi, history);
    if (toolCalls.length === 0) return;
    history.push(...(await runTools(toolCalls)));
  }
}
`,
        "src/util/llm.ts": `export async function chatCompletionStreamWithBackoff(llmApi: LlmApi, params: object, signal: AbortSignal) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await llmApi.chatCompletionStream(params, signal);
    } catch {}
  }
  throw new Error("gave up");
}
`,
        "src/util/backoff.ts": `export async function withBackoff<T>(factory: (s: AbortSignal) => Promise<T>, tries: number): Promise<T> {
  return factory(new AbortController().signal);
}
`,
      },
    },
    {
      name: "chat loop that asks the user only when no tool ran, so tool turns run back to back",
      files: {
        "agent.ts": `import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();
export async function run() {
  const conversations: Anthropic.MessageParam[] = [];
  let processUserInput = true;
  while (true) { // expect: budgeting/unbounded-loop
    if (processUserInput) {
      const userInput = await getUserInput();
      conversations.push({ role: "user", content: userInput });
    }
    const completion = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: conversations, tools });
    const toolUses = completion.content.filter((c) => c.type === "tool_use");
    processUserInput = toolUses.length === 0;
  }
}
`,
      },
    },
    {
      name: "AI SDK tool loop told never to stop (stopWhen: isLoopFinished())",
      files: {
        "src/api.ts": `import { generateText, isLoopFinished } from "ai";
export async function chat(model: LanguageModel, messages: ModelMessage[]) {
  return generateText({ model, messages, tools, stopWhen: isLoopFinished() }); // expect: budgeting/unbounded-loop
}
`,
      },
    },
    {
      name: "tool loop that posts to the app's own /api/responses route until no function call is left",
      files: {
        "src/supervisor.ts": `async function fetchResponsesMessage(body: unknown) {
  const response = await fetch("/api/responses", { method: "POST", body: JSON.stringify(body) });
  return response.json();
}
export async function handleToolCalls(body: any, response: any) {
  let current = response;
  while (true) { // expect: budgeting/unbounded-loop
    const calls = current.output.filter((i: any) => i.type === "function_call");
    if (calls.length === 0) return current;
    for (const call of calls) body.input.push(await runTool(call));
    current = await fetchResponsesMessage(body);
  }
}
`,
      },
    },
  ],
});
