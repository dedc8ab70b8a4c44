import rule from "../../../src/rules/budgeting/token-accounting.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "a tool server that never calls a model, estimating the size of its own replies",
      files: {
        "src/mcp-server/format.ts": `export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
export function countChatTokens(messages: { content: string }[]): number {
  let tokens = 0;
  for (const m of messages) tokens += estimateTokens(m.content);
  return tokens;
}
`,
      },
    },
    {
      name: "auth tokens and token getters are not token usage",
      files: {
        "src/auth.ts": `export async function getGitHubToken(): Promise<string> { return process.env.GITHUB_TOKEN ?? ""; }
export function getStartToken(cursor: Cursor) { return cursor.start; }
export const headers = (token: string) => ({ Authorization: "Bearer " + token });
`,
      },
    },
    {
      name: "usage printed but never recorded",
      files: {
        "src/print.ts": `export function show(res: { usage: { input_tokens: number } }) {
  console.log("tokens", res.usage.input_tokens);
}
`,
      },
    },
    {
      name: "a repository script that counts the tokens of the tool descriptions is not the agent's accounting",
      files: {
        "scripts/count-tokens.js": `import { encodingForModel } from "js-tiktoken";
const enc = encodingForModel("gpt-4o");
export function countTokens(text) { return enc.encode(text).length; }
let total = 0;
for (const t of tools) total += countTokens(t.description);
console.log(total);
`,
      },
    },
    {
      name: "the last response's usage copied into a result, never summed or compared",
      files: {
        "src/llm/client.ts": `export async function complete(client: OpenAI, messages: Message[]) {
  const res = await client.chat.completions.create({ model: "gpt-4o", messages });
  return {
    text: res.choices[0]?.message.content ?? "",
    promptTokens: res.usage.prompt_tokens,
    completionTokens: res.usage.completion_tokens,
  };
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "usage accumulated across turns (Anthropic fields)",
      files: {
        "src/usage.ts": `export class UsageTracker {
  totalInputTokens = 0;
  totalOutputTokens = 0;
  add(res: { usage: { input_tokens: number; output_tokens: number } }) {
    this.totalInputTokens += res.usage.input_tokens; // expect: budgeting/token-accounting
    this.totalOutputTokens += res.usage.output_tokens; // expect: budgeting/token-accounting
  }
}
`,
      },
    },
    {
      name: "usage recorded from Gemini usageMetadata and a tiktoken estimate",
      files: {
        "src/record.ts": `import { encoding_for_model } from "tiktoken"; // expect: budgeting/token-accounting
export function record(resp: GenerateContentResponse) {
  return {
    input: resp.usageMetadata?.promptTokenCount, // expect: budgeting/token-accounting
    output: resp.usageMetadata?.candidatesTokenCount, // expect: budgeting/token-accounting
  };
}
export const estimate = (text: string) => encoding_for_model("gpt-4o").encode(text).length; // expect: budgeting/token-accounting
`,
      },
    },
    {
      name: "characters-per-token estimate in an agent that calls a model",
      files: {
        "src/estimate.ts": `export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4); // expect: budgeting/token-accounting
}
`,
        "src/agent.ts": `export async function step(client: Anthropic, messages: MessageParam[]) {
  return client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages });
}
`,
      },
    },
  ],
});
