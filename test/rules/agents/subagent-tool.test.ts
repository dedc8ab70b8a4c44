import rule from "../../../src/rules/agents/subagent-tool.js";
import { agentLoopFile } from "./agent-loop-fixture.js";
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

/** An agent loop in its own file: the tools a caller hands it run under a model until it stops. */
const agentLoop = agentLoopFile("runLoop");

/** A tool in another file that hands a tool set to the loop above (or to `helper`). */
const handoff = (tools: string, helper: string, name = "explore"): string => `import { z } from "zod";
import { runLoop } from "../core/loop";
import { getTools, getReadOnlyTools, registry } from "./registry";
export const exploreTool = {
  name: "${name}",
  description: "Explore the codebase and report back",
  parameters: z.object({ goal: z.string() }),
  execute: async ({ goal }: { goal: string }) => {
    const tools = ${tools};
    return ${helper}(goal, tools, { maxIterations: 20 });
  },
};
`;

ruleTester(rule, {
  valid: [
    {
      name: "a task tool that manages a to-do list starts no agent",
      files: {
        "src/tools/task.ts": `export const taskTool = {
  name: "task",
  description: "Add or complete an item on the session's to-do list",
  parameters: { type: "object", properties: { title: { type: "string" }, done: { type: "boolean" } } },
  execute: async (args: { title: string; done?: boolean }) => {
    todos.upsert(args.title, args.done ?? false);
    return todos.render();
  },
};
`,
      },
    },
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
    {
      name: "a tool that hands its tools to a function that runs no agent loop (a registry update), under a plain name",
      files: { "src/core/loop.ts": agentLoop, "src/tools/explore.ts": handoff("getReadOnlyTools()", "registry.register") },
    },
  ],
  invalid: [
    {
      name: "a Delegate tool (LangChain DynamicTool subclass) whose handler hands the task to a delegator that creates agents elsewhere",
      files: {
        "src/tools/delegate.ts": `import { DynamicTool } from "langchain/tools";
export class Delegate extends DynamicTool { // expect: agents/subagent-tool
  constructor(delegator: Delegator) {
    super({
      name: "Delegate",
      description: "Create a new agent who will perform a task asynchronously",
      func: async (task) => {
        delegator.delegate(task);
        return "Task delegated to a new agent";
      },
    });
  }
}
`,
      },
    },
    {
      name: "a spawn tool whose handler runs the model with a tool set through a helper of another file",
      files: {
        "core/tools.ts": `import { chat } from "./llm.js";
export function createSpawnTool(opts: SpawnOpts): ToolDef {
  return { // expect: agents/subagent-tool
    name: "spawn",
    description: "Spawn a background subagent for a long task",
    parameters: { type: "object", properties: { task: { type: "string" } }, required: ["task"] },
    execute: async (args) => {
      void chat([{ role: "user", content: String(args.task) }], { systemPrompt: "You are a focused subagent.", tools: opts.tools, maxToolRounds: 15 });
      return "started";
    },
  };
}
`,
      },
    },
    {
      name: "a tool that hands a read-only tool set to an agent loop in another file",
      files: { "src/core/loop.ts": agentLoop, "src/tools/explore.ts": handoff("getReadOnlyTools()", "runLoop").replace("exploreTool = {", "exploreTool = { // expect: agents/subagent-tool") },
    },
    {
      name: "a sub_agent tool class (executeImpl hook) that runs an orchestrator with read-only tool instances",
      files: {
        "src/tools/sub-agent.ts": `import { BaseTool } from "./base";
import { Orchestrator } from "../core/orchestrator";
export class SubAgentTool extends BaseTool { // expect: agents/subagent-tool
  readonly name = "sub_agent";
  readonly description = "Finds and summarizes codebase context";
  readonly schema = { type: "object", properties: { query: { type: "string" } } };
  protected async executeImpl(params: { query: string }) {
    const tools = [new ReadTool(ctx), new GlobTool(ctx), new GrepTool(ctx)];
    const orchestrator = new Orchestrator(llm, tools);
    return orchestrator.processMessage(params.query);
  }
}
`,
      },
    },
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
