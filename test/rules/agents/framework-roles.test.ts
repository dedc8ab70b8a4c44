import rule from "../../../src/rules/agents/framework-roles.js";
import { ruleTester } from "../../support/rule-tester.js";

const openaiStyleAgent = `import type { Tool } from "./tool.js";
export interface AgentConfiguration { // expect: agents/framework-roles
  name: string;
  instructions: string;
  tools: Tool[];
  handoffs: AgentConfiguration[];
}
`;

const openaiStyleRun = `export interface RunOptions {
  stream?: boolean;
  maxTurns?: number; // expect: agents/framework-roles
}
`;

const researchBot = `import { Agent, webSearchTool } from "@openai/agents";
export const searchAgent = new Agent({ name: "search", instructions: "Search the web.", tools: [webSearchTool()] });
`;

ruleTester(rule, {
  valid: [
    {
      name: "a settings type whose agents member lists agent names, not agents, and a loader config listing agents, are no team",
      files: {
        "src/index.ts": `export interface AgentParams { name: string; role: string; tools?: Tool[]; maxIterations?: number }
export interface Settings { agents: string[]; theme: string }
export interface AgentLoaderConfig { directories: string[]; agents?: Agent[] }
`,
        "examples/research.ts": `import { Agent } from "my-crew";
export const researcher = new Agent({ name: "Researcher", role: "Find facts", tools: [search] });
`,
      },
    },
    {
      name: "an app with its own Agent class (tools, no delegation, no limit) whose roles run in a pipeline",
      files: {
        "src/agent.ts": `export type AgentConfig = { name: string; systemPrompt: string; tools: unknown[] };
export class Agent { constructor(private config: AgentConfig) {} tools() { return this.config.tools; } }
`,
        "src/orchestrator.ts": `import { Agent } from "./agent.js";
export const researcher = new Agent({ name: "researcher", systemPrompt: "Research.", tools: [] });
`,
      },
    },
    {
      name: "a generic tool-loop agent class with a step limit but no delegation (AI SDK style)",
      files: {
        "packages/ai/src/agent/tool-loop-agent.ts": `export interface ToolLoopAgentSettings { instructions?: string; tools?: Record<string, unknown>; maxSteps?: number }
export class ToolLoopAgent { constructor(readonly settings: ToolLoopAgentSettings) {} }
`,
        "examples/weather.ts": `import { ToolLoopAgent } from "ai";\nexport const a = new ToolLoopAgent({ name: "weather", instructions: "x", tools: { city } });\ndeclare const city: any;\n`,
      },
    },
    {
      name: "a framework agent type with handoffs and maxTurns, but no role is ever built from it",
      files: { "packages/core/src/agent.ts": openaiStyleAgent.replace(" // expect: agents/framework-roles", ""), "packages/core/src/run.ts": openaiStyleRun.replace(" // expect: agents/framework-roles", "") },
    },
    {
      name: "handoffs and a turn limit declared only in examples",
      files: { "examples/agent.ts": openaiStyleAgent.replace(" // expect: agents/framework-roles", ""), "examples/run.ts": openaiStyleRun.replace(" // expect: agents/framework-roles", ""), "examples/bot.ts": researchBot },
    },
  ],
  invalid: [
    {
      name: "a team framework: the team type holds a list of agents, agents have maxIterations, roles built in examples (crew style)",
      files: {
        "src/index.ts": `export interface AgentParams { name: string; role: string; tools?: Tool[]; maxIterations?: number } // expect: agents/framework-roles
export interface TeamParams { name: string; agents: Agent[]; tasks: Task[] } // expect: agents/framework-roles
export class Agent { constructor(readonly params: AgentParams) {} }
`,
        "examples/research.ts": `import { Agent } from "my-crew";
export const researcher = new Agent({ name: "Researcher", role: "Find facts", tools: [search] });
`,
      },
    },
    {
      name: "an agent SDK: Agent type with tools and handoffs, maxTurns run option, roles built in examples (openai-agents-js style)",
      files: { "packages/core/src/agent.ts": openaiStyleAgent, "packages/core/src/run.ts": openaiStyleRun, "examples/research-bot/agents.ts": researchBot },
    },
    {
      name: "a supervisor builder and a recursion limit the graph loop checks, swarm roles in examples (LangGraph style)",
      files: {
        "libs/supervisor/src/supervisor.ts": `export const createSupervisor = (params: { agents: unknown[]; prompt?: string }) => { // expect: agents/framework-roles
  return params.agents.length;
};
`,
        "libs/core/src/pregel/index.ts": `import type { RunnableConfig } from "@langchain/core/runnables";
export function validate(config: RunnableConfig) {
  if (config.recursionLimit === undefined || config.recursionLimit < 1) throw new Error("recursionLimit must be at least 1"); // expect: agents/framework-roles
}
`,
        "libs/swarm/examples/support.ts": `import { createReactAgent } from "@langchain/langgraph/prebuilt";
export const flights = createReactAgent({ llm, name: "flight_assistant", tools: [bookFlight], prompt: "Book flights." });
declare const llm: any, bookFlight: any;
`,
      },
    },
  ],
});
