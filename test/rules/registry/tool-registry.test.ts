import rule from "../../../src/rules/registry/tool-registry.js";
import { ruleTester } from "../../support/rule-tester.js";
import { switchServer } from "../../support/switch-server.js";

const decl = `export const readFile = { name: "read_file", description: "Read a file", parameters: { type: "object" } };\n`;

ruleTester(rule, {
  valid: [
    {
      name: "an MCP server's tools are listed and dispatched by the SDK, not by a registry of the server's own",
      files: {
        "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "shell", version: "1" });
server.tool("run_command", "Run a command", { command: z.string() }, async ({ command }) => ({ content: [{ type: "text", text: command }] }));
server.tool("read_log", "Read the log", { id: z.string() }, async ({ id }) => ({ content: [{ type: "text", text: id }] }));
`,
      },
    },
    {
      name: "one lookup in a map built from the tool array for dispatch is a switch written as data",
      files: {
        "src/agent.ts": `import { ALL_TOOLS } from "./tools";
const tools = [{ definition: { name: "bash", description: "Run bash", input_schema: { type: "object" } }, execute: async (i: unknown) => String(i) }];
export async function executeTool(name: string, input: unknown) {
  const toolMap = new Map(tools.map((t) => [t.definition.name, t.execute]));
  const run = toolMap.get(name);
  return run ? run(input) : "unknown tool";
}
`,
      },
    },
    {
      name: "a bare array handed to the SDK",
      files: {
        "src/tools.ts": decl,
        "src/agent.ts": `import { readFile } from "./tools.js";
export const tools = [readFile];
export const apiTools = tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.parameters }));
`,
      },
    },
    {
      name: "lookups with no tools declared",
      files: {
        "src/cache.ts": `const toolsByName: Record<string, number> = {};
export const get = (name: string) => toolsByName[name];
`,
      },
    },
    {
      name: "pending tool calls are not a registry",
      files: {
        "src/tools.ts": decl,
        "src/state.ts": `export class Task {
  private pendingToolCalls = new Map<string, string>();
  has(id: string) { return this.pendingToolCalls.has(id); }
}
`,
      },
    },
    {
      name: "a bare exported array searched with find by name (tutorial agent)",
      files: {
        "src/tools.ts": decl,
        "src/agent.ts": `import { readFile } from "./tools.js";
export const defaultTools = [readFile];
export class Agent {
  constructor(private readonly tools = defaultTools) {}
  async run(block: { name: string; input: unknown }) {
    const tool = this.tools.find((t) => t.name === block.name);
    if (!tool) return \`tool \${block.name} not found\`;
    return tool.execute(block.input);
  }
}
`,
      },
    },
    {
      name: "a registry of SSH connections looked up by profile is not a tool registry",
      files: {
        "src/tools.ts": decl,
        "src/session.ts": `import type { ConnectionRegistry } from "./connections.js";
export function openSession(registry: ConnectionRegistry, profile: string) {
  const conn = registry.get(profile);
  return conn ? conn.open() : undefined;
}
export const profileOf = (registry: ConnectionRegistry, profileName: string) => registry.get(profileName);
`,
      },
    },
    {
      name: "declarations filtered per client but run by a switch on the tool name",
      files: {
        "src/server.ts": switchServer(),
      },
    },
    {
      name: "tools pushed in a loop or written out in place are not chosen at run time",
      files: {
        "src/tools.ts": decl,
        "src/collect.ts": `export function collect(servers: { tools: { name: string }[] }[]) {
  const allTools: { name: string }[] = [];
  for (const s of servers) for (const t of s.tools) allTools.push(t);
  if (servers.length > 0) allTools.push({ name: "list_servers" });
  return allTools;
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "a Vercel AI SDK tool set filtered by activeTools, beside an MCP server (which is not the registry)",
      files: {
        "src/agent.ts": `import { generateText, tool } from "ai";
import { z } from "zod";
const tools = { readFile: tool({ description: "Read", inputSchema: z.object({ path: z.string() }), execute: async ({ path }) => path }) };
export const run = (quick: boolean) => generateText({ model: "openai/gpt-4o", tools, activeTools: quick ? ["readFile"] : undefined, prompt: "hi" }); // expect: registry/tool-registry
`,
        "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "x", version: "1" });
server.tool("echo", "Echo", { text: z.string() }, async ({ text }) => ({ content: [{ type: "text", text }] }));
`,
      },
    },
    {
      name: "a registry class and a lookup by name",
      files: {
        "src/tools.ts": decl,
        "src/registry.ts": `// expect: registry/tool-registry
export class ToolRegistry {
  private tools = new Map<string, { name: string }>();
  registerTool(tool: { name: string }) { this.tools.set(tool.name, tool); }
  getTool(name: string) { return this.tools.get(name); } // expect: registry/tool-registry
  getAllTools() { return [...this.tools.values()]; }
}
`,
      },
    },
    {
      name: "a function registry class of a function-calling agent",
      files: {
        "src/tools.ts": decl,
        "src/function-registry.ts": `// expect: registry/tool-registry
export class FunctionRegistry {
  private functions = new Map<string, { name: string }>();
  registerFunction(fn: { name: string }) { this.functions.set(fn.name, fn); }
  getFunction(name: string) { return this.functions.get(name); }
}
`,
      },
    },
    {
      name: "a switch that only shows tool calls does not stop a filtered tool set from counting",
      files: {
        "src/tools.ts": `export const tools = [
  { name: "read_file", description: "Read", parameters: { type: "object" } },
  { name: "write_file", description: "Write", parameters: { type: "object" } },
  { name: "list_directory", description: "List", parameters: { type: "object" } },
];
export const readOnlyTools = (mode: string) => tools.filter((t) => mode !== "plan" || t.name !== "write_file"); // expect: registry/tool-registry
export function showToolCall(name: string): string {
  switch (name) {
    case "read_file": return "reading";
    case "write_file": return "writing";
    case "list_directory": return "listing";
    default: return name;
  }
}
`,
      },
    },
    {
      name: "a tool set assembled per mode and option at run time",
      files: {
        "src/tools.ts": decl,
        "src/get-tools.ts": `import { readFile } from "./tools.js";
import { agentStartTool, userPromptTool } from "./agent-tools.js";
export function getTools(options: { subAgentMode: string; userPrompt: boolean }) {
  const tools = [readFile];
  if (options.subAgentMode === "async") {
    tools.push(agentStartTool); // expect: registry/tool-registry
  }
  if (options.userPrompt) tools.push(userPromptTool); // expect: registry/tool-registry
  return tools;
}
`,
      },
    },
    {
      name: "a bare array searched by name, then filtered by mode in a small agent",
      files: {
        "src/tools.ts": decl,
        "src/loop.ts": `import { readFile } from "./tools.js";
const tools = [readFile];
export function pick(call: { name: string }) {
  return tools.find((t) => t.name === call.name);
}
export const readOnlyTools = (mode: string) => tools.filter((t) => mode !== "plan" || t.name.startsWith("read")); // expect: registry/tool-registry
`,
      },
    },
  ],
});
