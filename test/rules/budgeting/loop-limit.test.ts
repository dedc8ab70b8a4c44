import rule from "../../../src/rules/budgeting/loop-limit.js";
import { ruleTester } from "../../support/rule-tester.js";
import { boundedAnthropicLoop, unboundedAnthropicLoop } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    { name: "unbounded while(true) loop has no limit", files: { "src/agent.ts": unboundedAnthropicLoop } },
    {
      name: "a limit predicate only logged, not acted on, does not bound the loop",
      files: {
        "src/loop.ts": `export async function loop(llmClient: LlmClient, messages: Message[], budget: Budget) {
  while (true) {
    if (budget.isTokenLimitReached()) console.warn("over budget");
    const reply = await llmClient.chat(messages);
    messages.push(reply.message);
  }
}
`,
      },
    },
    {
      name: "max_tokens of one request and maxRetries of the client are not loop limits",
      files: {
        "src/client.ts": `import OpenAI from "openai";
const openai = new OpenAI({ maxRetries: 3 });
export const ask = (q: string) => openai.chat.completions.create({ model: "gpt-4o", max_tokens: 512, messages: [{ role: "user", content: q }] });
`,
      },
    },
    {
      name: "a turn limit declared in an interface only",
      files: { "src/types.ts": `export interface AgentOptions { maxTurns?: number; maxSteps?: number }\n` },
    },
  ],
  invalid: [
    {
      name: "a limit enforced in another file by a helper the model-calling step calls first (adk's incrementLlmCallCount)",
      files: {
        "src/agents/llm_agent.ts": `export class LlmAgent {
  async *run(ctx: InvocationContext) {
    while (true) { // expect: budgeting/loop-limit
      const event = await this.runOneStep(ctx);
      if (event.final) return event;
    }
  }
  private async runOneStep(ctx: InvocationContext) {
    return this.callLlm(ctx);
  }
  private async callLlm(ctx: InvocationContext) {
    ctx.incrementLlmCallCount();
    return this.llm.generateContentAsync(ctx.request);
  }
}
`,
        "src/agents/invocation_context.ts": `class CostManager {
  private calls = 0;
  incrementAndEnforceLlmCallsLimit(config: RunConfig) {
    this.calls++;
    if (this.calls > config.maxLlmCalls) throw new Error("max llm calls exceeded");
  }
}
export class InvocationContext {
  private costs = new CostManager();
  incrementLlmCallCount() {
    this.costs.incrementAndEnforceLlmCallsLimit(this.runConfig);
  }
}
`,
      },
    },
    { name: "for loop bounded by MAX_TURNS", files: { "src/agent.ts": boundedAnthropicLoop } },
    {
      name: "a loop that throws a limit error when its state says it cannot go on (model reached through an llmCaller)",
      files: {
        "src/agent.ts": `export class Agent {
  async run(options: RunOptions) {
    while (true) { // expect: budgeting/loop-limit
      if (this.done) break;
      if (!this.state.canContinue()) {
        throw new AgentLoopExceededError(this.state.loopCount);
      }
      this.state.incrementLoop();
      await this.executeLLMCall(options);
    }
  }
  private async executeLLMCall(options: RunOptions) {
    const result = await this.llmCaller.execute(this.messages, this.tools, options);
    this.messages.push(result.message);
  }
}
`,
      },
    },
    {
      name: "a loop that stops when a limit predicate says the token budget is reached",
      files: {
        "src/loop.ts": `export async function loop(llmClient: LlmClient, messages: Message[], budget: Budget) {
  while (true) { // expect: budgeting/loop-limit
    if (budget.isTokenLimitReached()) break;
    const reply = await llmClient.chat(messages);
    budget.add(reply.usage);
    messages.push(reply.message);
  }
}
`,
      },
    },
    {
      name: "openai-agents run with maxTurns and Vercel stopWhen",
      files: {
        "src/run.ts": `import { Agent, run } from "@openai/agents";
import { generateText, stepCountIs } from "ai";
export async function main(agent: Agent, model: LanguageModel) {
  await run(agent, "plan the trip", { maxTurns: 5 }); // expect: budgeting/loop-limit
  return generateText({ model, prompt: "hi", tools, stopWhen: stepCountIs(8) }); // expect: budgeting/loop-limit
}
`,
      },
    },
    {
      name: "LangGraph recursionLimit in the invoke config",
      files: {
        "src/graph.ts": `export async function go(app: CompiledGraph, input: State) {
  return app.invoke(input, { recursionLimit: 40, configurable: { thread_id: "1" } }); // expect: budgeting/loop-limit
}
`,
      },
    },
    {
      name: "while(true) with a token budget check that breaks",
      files: {
        "src/budget.ts": `import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic();
export async function loop(messages: Anthropic.MessageParam[], tokenBudget: number) {
  let used = 0;
  while (true) { // expect: budgeting/loop-limit
    const res = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2048, messages });
    used += res.usage.input_tokens + res.usage.output_tokens;
    if (used > tokenBudget) break;
    if (res.stop_reason !== "tool_use") break;
  }
}
`,
      },
    },
  ],
});
