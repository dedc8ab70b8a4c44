import rule from "../../../src/rules/registry/tools-declared.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "slash commands with name and description but no schema are not tools",
      files: {
        "src/commands.ts": `export const commands = [
  { name: "help", description: "Show help", action: () => console.log("help") },
  { name: "clear", description: "Clear the screen", action: () => console.clear() },
];
`,
      },
    },
    {
      name: "tools declared only in tests",
      files: {
        "src/agent.test.ts": `const fake = { name: "echo", description: "Echo", parameters: { type: "object" } };`,
      },
    },
    {
      name: "one function forced with tool_choice is a structured-output schema, not a tool",
      files: {
        "src/llm.ts": `export async function suggestFile(openai: OpenAI, prompt: string) {
  return openai.chat.completions.create({
    model: "gpt-4o",
    tool_choice: { type: "function", function: { name: "file_suggestion" } },
    tools: [{ type: "function", function: { name: "file_suggestion", description: "Suggest a file path", parameters: { type: "object", properties: { filePath: { type: "string" } } } } }],
    messages: [{ role: "user", content: prompt }],
  });
}
`,
      },
    },
    {
      name: "an object with a description and a schema but neither a name nor a handler is a schema, not a tool",
      files: {
        "src/schemas.ts": `export const pathArg = { description: "A path in the workspace", parameters: { type: "object", properties: { path: { type: "string" } } } };
`,
      },
    },
  ],
  invalid: [
    {
      name: "Anthropic tools array, Vercel tool(), MCP registerTool and a tool class",
      files: {
        "src/anthropic.ts": `export const tools = [
  { name: "get_weather", description: "Current weather", input_schema: { type: "object", properties: { city: { type: "string" } } } }, // expect: registry/tools-declared
];
`,
        "src/vercel.ts": `import { tool } from "ai";
import { z } from "zod";
export const search = tool({ // expect: registry/tools-declared
  description: "Search the docs",
  inputSchema: z.object({ q: z.string() }),
  execute: async ({ q }) => q,
});
`,
        "src/mcp.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "x", version: "1" });
// expect: registry/tools-declared
server.registerTool("echo", { description: "Echo text", inputSchema: { text: z.string() } }, async ({ text }) => ({
  content: [{ type: "text", text }],
}));
`,
        "src/tools/ls.ts": `import { BaseDeclarativeTool, Kind } from "./tools.js";
// expect: registry/tools-declared
export class LsTool extends BaseDeclarativeTool<{ dir: string }, string> {
  static readonly Name = "list_directory";
  constructor() {
    super(LsTool.Name, "ReadFolder", "Lists a directory", Kind.Read, { type: "object", properties: { dir: { type: "string" } } });
  }
}
`,
        "src/openai.ts": `export const functions = [
  {
    type: "function",
    function: { name: "lookup_order", description: "Find an order", parameters: { type: "object", properties: { id: { type: "string" } } } }, // expect: registry/tools-declared
  },
];
`,
      },
    },
    {
      name: "MCP server.tool whose description is a constant",
      files: {
        "src/mcp-server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const RUN_COMMAND_DESCRIPTION = "Run shell commands in allowed directories";
const server = new McpServer({ name: "secure-shell", version: "1.0.0" });
// expect: registry/tools-declared
server.tool("run_command", RUN_COMMAND_DESCRIPTION, { command: z.string() }, async ({ command }) => run(command));
`,
      },
    },
    {
      name: "tool objects without a name of their own, kept under their names or built by a factory",
      files: {
        "src/tools.ts": `export const tools = {
  read_file: { // expect: registry/tools-declared
    description: "Read a file",
    parameters: { type: "object", properties: { path: { type: "string" } } },
    execute: async (args: { path: string }) => args.path,
  },
};
export function createGrepToolDefinition() {
  return { // expect: registry/tools-declared
    description: "Search files",
    parameters: { type: "object", properties: { pattern: { type: "string" } } },
    execute: async (args: { pattern: string }) => args.pattern,
  };
}
`,
      },
    },
    {
      name: "MCP server.tool with a handler defined elsewhere, and one with a schema but no description",
      files: {
        "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { runJs } from "./run-js.js";
const server = new McpServer({ name: "sandbox", version: "1" });
// expect: registry/tools-declared
server.tool("run_js", "Run JavaScript in a sandbox", { code: z.string() }, runJs);
// expect: registry/tools-declared
server.tool("execute_sql_query", { query: z.string() }, async ({ query }) => ({ content: [{ type: "text", text: query }] }));
`,
      },
    },
  ],
});
