import rule from "../../../src/rules/registry/duplicate-tool-names.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "alternative definitions in if/else branches",
      files: {
        "src/tools.ts": `import { tool } from "@openai/agents";
import { z } from "zod";
export function imageTools(structured: boolean) {
  const tools = [];
  if (structured) {
    tools.push(tool({ name: "view_image", description: "Image as structured output", parameters: z.object({ path: z.string() }), execute: async () => "" }));
  } else {
    tools.push(tool({ name: "view_image", description: "Image as a data URL", parameters: z.object({ path: z.string() }), execute: async () => "" }));
  }
  return tools;
}
`,
      },
    },
    {
      name: "per-model tool sets in separate files",
      files: {
        "src/sets/default.ts": `export const READ = { name: "read_file", description: "Read a file", parameters: { type: "object" } };`,
        "src/sets/gemini-3.ts": `export const READ = { name: "read_file", description: "Read a file (short)", parameters: { type: "object" } };`,
      },
    },
    {
      name: "examples may repeat a tool",
      files: {
        "examples/a.ts": `export const t1 = { name: "get_weather", description: "Weather", parameters: {} };
export const t2 = { name: "get_weather", description: "Weather again", parameters: {} };`,
      },
    },
    {
      name: "a tool whose declaration is nested beside its handler counts once",
      files: {
        "tools/bash.ts": `export const bashTool = {
  definition: { name: "bash", description: "Run a command", input_schema: { type: "object" } },
  execute: async (input: { command: string }) => input.command,
};
`,
      },
    },
  ],
  invalid: [
    {
      name: "the same tool name twice in one tool list",
      files: {
        "src/tools.ts": `export const tools = [
  { name: "search", description: "Search the web", input_schema: { type: "object", properties: { q: { type: "string" } } } },
  { name: "read_url", description: "Fetch a page", input_schema: { type: "object", properties: { url: { type: "string" } } } },
  { name: "search", description: "Search the codebase", input_schema: { type: "object", properties: { pattern: { type: "string" } } } }, // expect: registry/duplicate-tool-names
];
`,
      },
    },
    {
      name: "an MCP server registering one name twice",
      files: {
        "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "files", version: "1.0.0" });
server.tool("read", "Read a file", { path: z.string() }, async ({ path }) => ({ content: [{ type: "text", text: path }] }));
server.tool("read", "Read a directory", { dir: z.string() }, async ({ dir }) => ({ content: [{ type: "text", text: dir }] })); // expect: registry/duplicate-tool-names
`,
      },
    },
  ],
});
