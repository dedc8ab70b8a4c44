import rule from "../../../src/rules/agents/agent-roles.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "a table of HTTP routes with handlers and prompts is not a role table",
      files: {
        "src/routes.ts": `export const routes = {
  chat: { prompt: "Chat with the user.", handler: (req: unknown) => req },
  summary: { prompt: "Summarize.", handler: (req: unknown) => req },
};
`,
      },
    },
    {
      name: "one main agent is not a sub-agent role",
      files: {
        "src/agent.ts": `import { Agent, run } from "@openai/agents";
import { readFile, writeFile } from "./tools.js";
export const assistant = new Agent({ name: "assistant", instructions: "Help the user.", tools: [readFile, writeFile] });
export const answer = (q: string) => run(assistant, q);
`,
      },
    },
    {
      name: "an unnamed ReAct agent with whatever tools it is given",
      files: {
        "src/graph.ts": `import { createReactAgent } from "@langchain/langgraph/prebuilt";
export const makeAgent = (llm: any, tools: any[]) => createReactAgent({ llm, tools });
`,
      },
    },
    {
      name: "a slash command with front matter is not an agent",
      files: { ".claude/commands/review.md": `---\nname: review\ndescription: Review the diff\n---\nReview the staged changes.\n` },
    },
  ],
  invalid: [
    {
      name: "a role table keyed by name, each role's tools picked by category",
      files: {
        "src/orchestrator.ts": `import { getToolsByCategory, type Tool } from "./tools/index.js";
export type AgentRole = "researcher" | "writer" | "reviewer";
export const agentConfigs: Record<AgentRole, { systemPrompt: string; tools: Tool[] }> = {
  researcher: { // expect: agents/agent-roles
    systemPrompt: "You are a Research Agent. Gather information from the web.",
    tools: getToolsByCategory(["web"]),
  },
  writer: { // expect: agents/agent-roles
    systemPrompt: "You are a Writer Agent. Write files in the workspace.",
    tools: getToolsByCategory(["file"]),
  },
  reviewer: { // expect: agents/agent-roles
    systemPrompt: "You are a Reviewer Agent. Review the written content.",
    tools: getToolsByCategory(["file", "code"]),
  },
};
`,
      },
    },
    {
      name: "an SDK's agent class built in examples with its own tools, unnamed (AI SDK ToolLoopAgent)",
      files: {
        "examples/agent/weather-agent.ts": `import { ToolLoopAgent, tool } from "ai";
export const weatherAgent = new ToolLoopAgent({ // expect: agents/agent-roles
  model,
  instructions: "Compare the weather across cities.",
  tools: { weather: tool({ description: "Weather", inputSchema, execute }) },
});
declare const model: any, inputSchema: any, execute: any;
`,
      },
    },
    {
      name: "a Claude Code agent in .claude/agents with read-only tools and maxTurns",
      files: {
        ".claude/agents/explore.md": `---
name: explore # expect: agents/agent-roles
description: Read-only codebase exploration. Use for finding files and answering questions about the code.
tools: Read, Grep, Glob
maxTurns: 20
model: haiku
---
You are in READ-ONLY MODE. Search, read, and report what you found with file paths.
`,
      },
    },
    {
      name: "two named roles with their own tools (openai-agents style)",
      files: {
        "src/agents.ts": `import { Agent } from "@openai/agents";
import { webSearch, saveDraft } from "./tools.js";
export const researcher = new Agent({ name: "researcher", instructions: "Find sources.", tools: [webSearch] }); // expect: agents/agent-roles
export const writer = new Agent({ name: "writer", instructions: "Write the report.", tools: [saveDraft] }); // expect: agents/agent-roles
`,
      },
    },
    {
      name: "a definition object with a toolConfig, where sub-agents lose the agent tool (gemini-cli style)",
      files: {
        "src/agents/codebase-investigator.ts": `import { LS_TOOL, READ_FILE_TOOL, GREP_TOOL } from "../tools/names.js";
export const CodebaseInvestigator = () => ({ // expect: agents/agent-roles
  name: "codebase_investigator",
  description: "Maps the codebase.",
  promptConfig: { systemPrompt: "Investigate." },
  toolConfig: { tools: [LS_TOOL, READ_FILE_TOOL, GREP_TOOL] },
  runConfig: { maxTurns: 50, maxTimeMinutes: 10 },
});
`,
        "src/agents/local-executor.ts": `import { Kind, type Tool } from "../tools/tools.js";
export class LocalAgentExecutor {
  register(tools: Tool[], add: (t: Tool) => void) {
    for (const tool of tools) {
      if (tool.kind === Kind.Agent) continue;
      add(tool);
    }
  }
}
`,
      },
    },
    {
      name: "sub-agents keyed by name in the Claude Agent SDK's agents option",
      files: {
        "src/review.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";
export function review(prompt: string) {
  return query({
    prompt,
    options: {
      agents: {
        "code-reviewer": { // expect: agents/agent-roles
          description: "Reviews diffs for bugs.",
          prompt: "You review code. Never edit files.",
          tools: ["Read", "Grep", "Glob"],
        },
        "test-runner": { // expect: agents/agent-roles
          description: "Runs the tests.",
          prompt: "Run the tests and report failures.",
          tools: ["Bash", "Read"],
          model: "haiku",
        },
      },
    },
  });
}
`,
      },
    },
    {
      name: "roles only in examples count as example roles",
      files: {
        "examples/research-bot/agents.ts": `import { Agent } from "@openai/agents";
export const planner = new Agent({ name: "planner", instructions: "Plan searches.", tools: [] });
export const searcher = new Agent({ name: "searcher", instructions: "Search.", tools: [webSearchTool()] }); // expect: agents/agent-roles
declare function webSearchTool(): unknown;
`,
      },
    },
  ],
});
