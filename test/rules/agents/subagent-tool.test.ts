import rule from "../../../src/rules/agents/subagent-tool.js";
import { ruleTester } from "../../support/rule-tester.js";

const manager = `import { streamText, tool } from "ai";
import { z } from "zod";
import { bashTool, editTool, readTool } from "./tools";
export const WORKER_TOOLS = { bash: bashTool, edit: editTool, read: readTool };
async function createAgent(prompt: string, system: string, tools: Record<string, unknown>) {
  const result = streamText({ model, prompt, system, maxSteps: 25, tools });
  for await (const part of result.fullStream) render(part);
}
export const MANAGER_TOOLS = {
  read: readTool,
  agent: tool({ // expect: agents/subagent-tool
    description: "Create an agent to solve a task",
    parameters: z.object({ task: z.string() }),
    execute: async ({ task }) => {
      await createAgent(task, "You are a worker.", WORKER_TOOLS);
      return { done: true };
    },
  }),
};
`;

ruleTester(rule, {
  valid: [
    {
      name: "a search tool that makes one model call with an inline provider tool",
      files: {
        "src/tools.ts": `import { generateText, tool } from "ai";
import { z } from "zod";
export const tools = {
  search_web: tool({
    description: "Search the web",
    inputSchema: z.object({ query: z.string() }),
    execute: async ({ query }) => {
      const { text } = await generateText({ model, prompt: query, tools: { web_search: provider.tools.webSearch() } });
      return text;
    },
  }),
};
`,
      },
    },
    {
      name: "a tool that calls a model with no tools (a summariser)",
      files: {
        "src/tools.ts": `import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();
export const summarise = {
  name: "summarise",
  description: "Summarise a document",
  input_schema: { type: "object", properties: { text: { type: "string" } } },
  execute: async ({ text }: { text: string }) => client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: text }] }),
};
`,
      },
    },
    {
      name: "a sub-agent tool under examples/ is not the product's role",
      files: { "examples/manager.ts": manager },
    },
  ],
  invalid: [
    { name: "manager tool delegates to a worker with its own tools and maxSteps (through a helper)", files: { "src/index.ts": manager } },
    {
      name: "task tool whose handler runs the model with a read-only tool set directly",
      files: {
        "src/task-tool.ts": `import Anthropic from "@anthropic-ai/sdk";
import { readOnlyTools } from "./registry";
const client = new Anthropic();
export const taskTool = { // expect: agents/subagent-tool
  name: "task",
  description: "Explore the codebase with a read-only sub-agent",
  input_schema: { type: "object", properties: { prompt: { type: "string" } } },
  execute: async ({ prompt }: { prompt: string }) => {
    const messages = [{ role: "user" as const, content: prompt }];
    for (let turn = 0; turn < 10; turn++) {
      const res = await client.messages.create({ model: "claude-haiku-4-5", max_tokens: 2048, tools: readOnlyTools, messages });
      if (res.stop_reason !== "tool_use") return res.content;
      messages.push(...(await runTools(res)));
    }
  },
};
`,
      },
    },
  ],
});
