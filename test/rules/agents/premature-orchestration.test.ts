import rule from "../../../src/rules/agents/premature-orchestration.js";
import { agentLoopFile } from "./agent-loop-fixture.js";
import { ruleTester } from "../../support/rule-tester.js";

/** A toy orchestrator: three agents run in parallel, no permission check, nothing written to disk. */
const orchestrator = `import Anthropic from "@anthropic-ai/sdk";
const client = new Anthropic();

async function runAgent(role: string, task: string): Promise<string> {
  const res = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    system: \`You are the \${role}.\`,
    messages: [{ role: "user", content: task }],
  });
  return res.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}

export async function orchestrate(goal: string) {
  const [research, plan, critique] = await Promise.all([ // expect: agents/premature-orchestration
    runAgent("researcher", goal),
    runAgent("planner", goal),
    runAgent("critic", goal),
  ]);
  return runAgent("writer", [research, plan, critique].join("\\n\\n"));
}
`;

/** A router whose tool hands tasks to one of the added agents, picked by the name the model gives (`pick`). */
const router = (pick: string, expect: string): Record<string, string> => ({
  "src/zee.ts": `import { z } from "zod";
export class ZeeWorkflow {
  private agents: Record<string, Agent> = {};
  addAgent(agent: Agent) { this.agents[agent.name] = agent; }
  getAgent(name: string) { return this.agents[name]; }
  router() {
    return new Agent({
      name: "router",
      tools: {
        executeAgent: new Tool({
          name: "execute agent",
          description: "Get information from a single agent",
          parameters: z.object({ agentName: z.string(), task: z.string() }),
          execute: async ({ agentName, task }) => {
            const agent = ${pick};${expect}
            return agent.generate({ messages: [{ role: "user", content: task }] });
          },
        }),
      },
    });
  }
}
`,
});

ruleTester(rule, {
  valid: [
    {
      name: "one agent kept per user (userAgents.get(userId)) is a session per user, not routing among agents",
      files: {
        "src/discord/handlers.ts": `const userAgents = new Map<string, GeminiAgent>();
export async function onMessage(message: Message) {
  const userId = message.author.id;
  let agent = userAgents.get(userId);
  if (!agent) {
    agent = new GeminiAgent({ workingDirectory: "/work" });
    userAgents.set(userId, agent);
  }
  const reply = await agent.chat(message.content);
  await message.reply(reply);
}
`,
      },
    },
    { name: "running the one agent a workflow names (getAgent with a fixed name) is not routing", files: router(`this.getAgent("main")`, "") },
    { name: "building the one agent from an options object is not routing", files: router(`this.getAgent({ tools: this.tools, memory })`, "") },
    {
      name: "an agent that returns a copy of itself with another model is not a child agent",
      files: {
        "src/agent.ts": `export class Agent {
  constructor(private opts: { name: string; model: string; tools: Tool[] }) {}
  withModel(model: string): Agent {
    return new Agent({ ...this.opts, model });
  }
}
`,
      },
    },
    {
      name: "parallel recursion over a directory tree is not a fan-out to agents",
      files: {
        "src/walk.ts": `import { readdir, stat } from "node:fs/promises";
export async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  const names = await readdir(path);
  const sizes = await Promise.all(names.map((n) => sizeOf(\`\${path}/\${n}\`)));
  return sizes.reduce((a, b) => a + b, 0);
}
`,
      },
    },
    {
      name: "parallel fetches that are not agents",
      files: {
        "src/fetch.ts": `export async function fetchAll(urls: string[]) {
  return Promise.all(urls.map((u) => fetch(u).then((r) => r.text())));
}
`,
      },
    },
    {
      name: "fan-out only in an example",
      files: { "examples/parallel/main.ts": orchestrator.replace(" // expect: agents/premature-orchestration", "") },
    },
    {
      name: "one agent answering one task",
      files: {
        "src/agent.ts": orchestrator
          .slice(0, orchestrator.indexOf("export async function orchestrate"))
          .concat("export async function answer(goal: string) {\n  return runAgent(\"assistant\", goal);\n}\n"),
      },
    },
    {
      name: "a build pipeline class whose steps are not agents",
      files: {
        "src/build/pipeline.ts": `export class BuildPipeline {
  constructor(private steps: { name: string; execute(): Promise<void> }[]) {}
  async run() {
    for (const step of this.steps) await step.execute();
  }
}
`,
      },
    },
    {
      name: "a team of agents in a Storybook story is a demo, not orchestration the product runs",
      files: {
        "packages/tools/src/search/tool.stories.jsx": `const team = new Team({ name: "Research", agents: [researcher, writer], tasks: [findTask, writeTask] });
export default { title: "Tools/Search", args: { team } };
`,
      },
    },
  ],
  invalid: [
    {
      name: "a router tool hands each task to the agent the model names (getAgent(agentName).generate), with no permissions or persistence",
      files: router("this.getAgent(agentName)", " // expect: agents/premature-orchestration"),
    },
    {
      name: "an agent class whose create-agent tool builds child agents of the same class, nothing gated or saved",
      files: {
        "src/core/Agent.ts": `import OpenAI from "openai";
export class Agent {
  private children: Agent[] = [];
  constructor(private config: { name: string; task: string; depth: number }) {}
  private async handleCreateAgent(params: { name: string; task: string }): Promise<string> {
    const child = new Agent({ name: params.name, task: params.task, depth: this.config.depth + 1 }); // expect: agents/premature-orchestration
    this.children.push(child);
    return child.execute();
  }
  async execute(): Promise<string> {
    const res = await new OpenAI().chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: this.config.task }] });
    return res.choices[0].message.content ?? "";
  }
}
`,
      },
    },
    {
      name: "a research agent that answers sub-questions with parallel copies of itself, nothing gated or saved",
      files: {
        "src/agent.ts": `import { generateText } from "ai";
export async function getResponse(question: string, teamSize = 1): Promise<string> {
  if (teamSize > 1) {
    const parts = await plan(question, teamSize);
    const answers = await Promise.all(parts.map((p) => getResponse(p, 1))); // expect: agents/premature-orchestration
    return answers.join("\\n");
  }
  const { text } = await generateText({ model, prompt: question, tools: { search, visit }, maxSteps: 10 });
  return text;
}
`,
      },
    },
    {
      name: "a manager agent whose tool delegates to a worker sub-agent, nothing persisted",
      files: {
        "src/index.ts": `import { streamText, tool } from "ai";
import { z } from "zod";
import { bashTool, readTool } from "./tools";
const WORKER_TOOLS = { bash: bashTool, read: readTool };
export const MANAGER_TOOLS = {
  read: readTool,
  agent: tool({ // expect: agents/premature-orchestration
    description: "Create an agent to solve a task",
    parameters: z.object({ task: z.string() }),
    execute: async ({ task }) => {
      const result = streamText({ model, prompt: task, maxSteps: 25, tools: WORKER_TOOLS });
      return await result.text;
    },
  }),
};
`,
      },
    },
    {
      name: "an orchestrator class running role agents one after another (researcher, writer, reviewer pipeline)",
      files: {
        "src/orchestrator.ts": `import { Agent } from "./agent.js";
export class Orchestrator {
  private agents = new Map<string, Agent>();
  async runTask(agentName: string, task: string): Promise<string> {
    const agent = this.agents.get(agentName); // expect: agents/premature-orchestration
    if (!agent) throw new Error(\`Agent not found: \${agentName}\`);
    return agent.run(task);
  }
  async runPipeline(tasks: { agent: string; task: string }[]) {
    const results: string[] = [];
    for (const { agent, task } of tasks) results.push(await this.runTask(agent, task));
    return results;
  }
}
`,
        "src/agent.ts": `import Anthropic from "@anthropic-ai/sdk";
export class Agent {
  private client = new Anthropic();
  constructor(private system: string) {}
  async run(task: string) {
    const res = await this.client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, system: this.system, messages: [{ role: "user", content: task }] });
    return res.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  }
}
`,
      },
    },
    { name: "three agents in parallel with no permissions or persistence", files: { "src/orchestrator.ts": orchestrator } },
    {
      name: "a triage agent handing off to several agents",
      files: {
        "src/triage.ts": `import { Agent } from "@openai/agents";
import { billing, refunds, support } from "./agents.js";
export const triage = new Agent({
  name: "triage",
  instructions: "Route the customer.",
  handoffs: [billing, refunds, support], // expect: agents/premature-orchestration
});
`,
      },
    },
    {
      name: "sub-agents started in a map and awaited later through a variable, with no permissions or persistence",
      files: {
        "src/multi.ts": `export async function runPhase(tasks: { role: string; input: string }[]) {
  const parallelPromises = tasks.map(async (task) => {
    const subAgent = await createSubAgent(task.role);
    return subAgent.invoke({ input: task.input });
  });
  return Promise.all(parallelPromises); // expect: agents/premature-orchestration
}
`,
      },
    },
    {
      name: "a start-agent tool that runs a copy of the agent loop in the background (then, not awaited), nothing gated or saved",
      files: {
        "src/core/agent.ts": agentLoopFile("toolAgent"),
        "src/tools/agent/run-agent.ts": `import { toolAgent } from "../../core/agent";
import { getTools } from "../registry";
export const agentRunTool = {
  name: "agentRun",
  description: "Runs a sub-agent and waits for its answer",
  parameters: schema,
  execute: async ({ goal }: { goal: string }) => toolAgent(goal, getTools(), { maxIterations: 50 }),
};
`,
        "src/tools/agent/start-agent.ts": `import { toolAgent } from "../../core/agent";
import { getTools } from "../registry";
export const agentStartTool = { // expect: agents/premature-orchestration
  name: "agentStart",
  description: "Starts a sub-agent and returns its id at once",
  parameters: schema,
  execute: async ({ goal }: { goal: string }) => {
    const tools = getTools();
    const id = tracker.register(goal);
    Promise.resolve().then(async () => tracker.done(id, await toolAgent(goal, tools, { maxIterations: 200 })));
    return { id };
  },
};
`,
      },
    },
    {
      name: "a team framework (a team type holding agents) and a plugin that builds a team, nothing gated or saved: both places reported",
      files: {
        "packages/plugin/index.ts": `import { createTeam } from "./team";
export const runTeam = { name: "run_team", description: "Run the team", async execute() { return (await createTeam({ inputs: {} })).start(); } }; // expect: agents/premature-orchestration
`,
        "src/index.ts": `export interface TeamParams { name: string; agents: Agent[]; tasks: Task[] } // expect: agents/premature-orchestration
export class Agent { constructor(readonly params: { name: string; tools: Tool[] }) {} }
`,
      },
    },
    {
      name: "agents that all hand off to each other, wired with handoffs.push, with no permissions or persistence",
      files: {
        "src/app/agents/index.ts": `import { auth, returns, sales } from "./agents";
(auth.handoffs as any).push(returns, sales); // expect: agents/premature-orchestration
(returns.handoffs as any).push(auth, sales);
`,
      },
    },
  ],
});
