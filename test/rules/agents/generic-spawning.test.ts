import rule from "../../../src/rules/agents/generic-spawning.js";
import { ruleTester } from "../../support/rule-tester.js";

/** Sub-agents run in parallel from `path`. */
const parallelSubagents = (path: string, expect: string): Record<string, string> => ({
  [path]: `export class SubagentManager {
  async invokeSubagents(tasks) {
    return Promise.all(tasks.map((t) => this.runSubagent(t)));${expect}
  }
  async runSubagent(task) {
    const bot = new ChatBot({ agentMode: true });
    return bot.run(task.prompt);
  }
}
`,
});

ruleTester(rule, {
  valid: [
    {
      name: "a skill under an agent folder (agent/.claude/skills/x/SKILL.md) is loaded into the agent, not spawned",
      files: {
        "email-agent/agent/.claude/skills/action-creator/SKILL.md": `---
name: action-creator
description: Creates one-click action templates for email operations.
allowed-tools: Write, Edit, Read, Glob
---

# Action Creator
`,
      },
    },
    {
      name: "sub-agents run in parallel only in an example",
      files: parallelSubagents("examples/pool/subagent.js", ""),
    },
    {
      name: "a sub-agent role whose explicit list spreads a named read-only subset and adds one tool",
      files: {
        "src/harness/roles/spawn-roles.ts": `const READ_TOOLS = ["read_file", "list_files", "search"];
export function spawnVerifier(task: string) {
  return new Agent({ name: "verify", instructions: \`Check: \${task}\`, tools: [...READ_TOOLS, "shell"] });
}
declare const Agent: any;
`,
      },
    },
    {
      name: "a named role with an explicit tool list",
      files: { "src/agents/explore.ts": `export const explore = new Agent({ name: "explore", instructions: "Read only.", tools: [read, grep] });\ndeclare const Agent: any, read: any, grep: any;\n` },
    },
    {
      name: "a clone of the parent only in an example",
      files: { "examples/clone.ts": `export const spawn = (tools: unknown[]) => new Agent({ name: "helper", instructions: "Help.", tools: [...tools] });\ndeclare const Agent: any;\n` },
    },
    {
      name: "the main agent composing its own tool list",
      files: {
        "src/session.ts": `import { Agent } from "@openai/agents";
export function rebuildAgent(builtins: unknown[], mcpTools: unknown[]) {
  return new Agent({ name: "main", instructions: "Help.", tools: [...builtins, ...mcpTools] });
}
`,
      },
    },
    {
      name: "a config object parsed from front matter is not a spawn",
      files: {
        "src/subagent/config-loader.ts": `import { AgentConfigSchema } from "./schema.js";
export function parseAgentConfig(fm: { name: string; tools: string[] }, body: string) {
  return AgentConfigSchema.parse({ name: fm.name, systemPrompt: body, tools: fm.tools });
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "sub-agents run in parallel with no named role (a pool of copies of the agent)",
      files: parallelSubagents("src/core/subagent.js", " // expect: agents/generic-spawning"),
    },
    {
      name: "a sub-agent spawned with every available tool spread into its list",
      files: {
        "src/agents/subagent.ts": `export function spawnSubagent(allTools: unknown[], task: string) {
  return new Agent({ name: "worker", instructions: task, tools: [...allTools, finishTool] }); // expect: agents/generic-spawning
}
declare const Agent: any, finishTool: any;
`,
      },
    },
    {
      name: "a sub-agent that spreads the parent's tools",
      files: {
        "src/delegate.ts": `import { Agent } from "@openai/agents";
export function makeHelper(parent: { tools: unknown[] }) {
  return new Agent({ name: "helper", instructions: "Do the subtask.", tools: [...parent.tools] }); // expect: agents/generic-spawning
}
`,
      },
    },
    {
      name: "a spawn tool that creates an unnamed agent with the tools it is handed (cline style)",
      files: {
        "src/tools/spawn-agent-tool.ts": `import { createDelegatedAgent } from "../agent.js";
export function spawnAgent(input: { systemPrompt: string; task: string }, tools: unknown[]) {
  const sub = createDelegatedAgent({ // expect: agents/generic-spawning
    kind: "subagent",
    prompt: input.systemPrompt,
    tools,
    maxIterations: 30,
  });
  return sub.run(input.task);
}
`,
      },
    },
    {
      name: "a Markdown agent with every tool",
      files: { ".claude/agents/general.md": `---\nname: general-purpose # expect: agents/generic-spawning\ndescription: Anything\ntools: "*"\n---\nDo the task.\n` },
    },
    {
      name: "LangChain sub-agent made per task with every tool, its role named by the model",
      files: {
        "src/core/multi-agent.ts": `import { AgentExecutor, createToolCallingAgent } from "langchain/agents";
async function createSubAgent(role: string, instructions: string) {
  const wrappedTools = tools.map((t) => wrap(t, role));
  const agent = await createToolCallingAgent({ llm, tools: wrappedTools, prompt: promptFor(instructions) }); // expect: agents/generic-spawning
  return new AgentExecutor({ agent, tools: wrappedTools, maxIterations: 7 }); // expect: agents/generic-spawning
}
export async function runPlan(plan: { role: string; instructions: string }[]) {
  return Promise.all(plan.map(async (task) => (await createSubAgent(task.role, task.instructions)).invoke({ input: task.instructions })));
}
`,
      },
    },
  ],
});
