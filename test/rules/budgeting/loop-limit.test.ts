import rule from "../../../src/rules/budgeting/loop-limit.js";
import { ruleTester } from "../../support/rule-tester.js";
import { boundedAnthropicLoop, unboundedAnthropicLoop } from "./toy-agents.js";

ruleTester(rule, {
  valid: [
    { name: "unbounded while(true) loop has no limit", files: { "src/agent.ts": unboundedAnthropicLoop } },
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
    { name: "for loop bounded by MAX_TURNS", files: { "src/agent.ts": boundedAnthropicLoop } },
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
