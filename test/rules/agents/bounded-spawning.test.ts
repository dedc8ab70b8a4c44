import rule from "../../../src/rules/agents/bounded-spawning.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "span types compared in tracing code",
      files: {
        "src/tracing/export.ts": `export function isAgentSpan(span: { type: string }) { return span.type === "agent"; }\n`,
      },
    },
    {
      name: "a depth limit in a JSON walker",
      files: {
        "src/utils/json.ts": `export function walk(value: unknown, depth = 0, maxDepth = 20): number {
  if (depth > maxDepth || typeof value !== "object" || value === null) return depth;
  return Math.max(...Object.values(value).map((v) => walk(v, depth + 1, maxDepth)));
}
`,
      },
    },
    {
      name: "a single main agent with a tool list",
      files: { "src/agent.ts": `export const a = new Agent({ name: "main", instructions: "x", tools: [read] });\ndeclare const Agent: any, read: any;\n` },
    },
  ],
  invalid: [
    {
      name: "the agent tool filtered out of a sub-agent's tools, and a depth counter (nanocoder style)",
      files: {
        "source/subagents/subagent-executor.ts": `const MAX_SUBAGENT_DEPTH = 2;
export class SubagentExecutor {
  async execute(task: string, depth = 0) {
    if (depth >= MAX_SUBAGENT_DEPTH) throw new Error("Maximum subagent depth exceeded"); // expect: agents/bounded-spawning
    return this.availableTools().length + task.length;
  }
  private availableTools(): string[] {
    const all = ["read_file", "agent", "write_file"];
    return all.filter((name) => name !== "agent"); // expect: agents/bounded-spawning
  }
}
`,
      },
    },
    {
      name: "Kind.Agent tools skipped when a sub-agent's registry is built (gemini-cli style)",
      files: {
        "src/agents/local-executor.ts": `import { Kind, type Tool } from "../tools/tools.js";
export class LocalAgentExecutor {
  static create(parentTools: Tool[]) {
    const own: Tool[] = [];
    const registerToolInstance = (tool: Tool) => {
      if (tool.kind === Kind.Agent) return; // expect: agents/bounded-spawning
      own.push(tool);
    };
    parentTools.forEach(registerToolInstance);
    return own;
  }
}
`,
      },
    },
    {
      name: "Markdown roles whose tool allowlist leaves out the agent tool",
      files: {
        ".claude/agents/explore.md": `---\nname: explore # expect: agents/bounded-spawning\ndescription: Explore\ntools: Read, Grep, Glob\n---\nExplore.\n`,
      },
    },
  ],
});
