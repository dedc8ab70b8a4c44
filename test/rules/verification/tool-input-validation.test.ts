import rule from "../../../src/rules/verification/tool-input-validation.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "a form's input validated with no schema in hand",
      files: {
        "src/tools/form.ts": `export function submit(input: Record<string, string>) {
  validateInput(input);
  return input;
}
`,
      },
    },
    {
      name: "an MCP tool described with a plain JSON schema on the low-level server (nothing parses it)",
      files: {
        "src/index.ts": `server.tool("run", "Run a command", { type: "object", properties: { command: { type: "string" } } }, async (args) => run(args));
`,
      },
    },
    {
      name: "a tool helper with a plain JSON schema nobody validates",
      files: {
        "src/tools/echo.ts": `import { tool } from "./define.js";
export const echo = tool({ description: "Echo", parameters: { type: "object", properties: { text: { type: "string" } } }, run: (a: { text: string }) => a.text });
`,
      },
    },
    {
      name: "configuration parsed with zod, outside tool code",
      files: {
        "src/config/load.ts": `import { readFileSync } from "node:fs";
import { ConfigSchema } from "./schema.js";
export function loadConfig(path: string) {
  return ConfigSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}
`,
      },
    },
    {
      name: "tool arguments JSON-parsed but never validated",
      files: {
        "src/tools/run.ts": `export function runTool(call: { name: string; arguments: string }, handlers: Record<string, (a: unknown) => string>) {
  const args = JSON.parse(call.arguments);
  return handlers[call.name]?.(args);
}
`,
      },
    },
    {
      name: "a project's own createTool helper that only stores the zod schema (no SDK parses it)",
      files: {
        "src/tools/edit.ts": `import { z } from "zod";
import { createTool } from "../tool";
export const edit = createTool({ name: "edit", parameters: z.object({ path: z.string() }), execute: async (p: { path: string }) => p.path });
`,
      },
    },
    {
      name: "stored data read back from disk and parsed in a tool's file",
      files: {
        "src/tools/todo.ts": `import { readFile } from "node:fs/promises";
async function loadTodosFromFile(path: string) {
  return TodoListSchema.parse(JSON.parse(await readFile(path, "utf8")));
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "a base tool class validating parameters against its schema before running",
      files: {
        "src/tools/base.ts": `import { validateParams } from "../util/schema.js";
export abstract class BaseTool {
  abstract schema: object;
  async execute(params: unknown) {
    validateParams(params, this.schema); // expect: verification/tool-input-validation
    return this.run(params);
  }
  protected abstract run(params: unknown): Promise<string>;
}
`,
      },
    },
    {
      name: "MCP tools given zod shapes (chained zod calls, registerTool's inputSchema, a schema's .shape): the SDK parses the arguments",
      files: {
        "src/tools.ts": `import { z } from "zod";
export function registerTools(server: McpServer) {
  server.tool("execute_command", "Execute a shell command", { // expect: verification/tool-input-validation
    command: z.string().describe("The command"),
    timeout_ms: z.number().int().positive().optional(),
  }, async (args) => run(args));
  server.registerTool("read", { description: "Read", inputSchema: { path: z.string() } }, async ({ path }) => read(path)); // expect: verification/tool-input-validation
  server.tool("create_context", "Create a context", CreateContextSchema.shape, async (a) => create(a)); // expect: verification/tool-input-validation
}
`,
      },
    },
    {
      name: "a tool class given a zod schema (new DynamicStructuredTool / new Tool)",
      files: {
        "src/tools/search.ts": `import { z } from "zod";
export const search = new DynamicStructuredTool({ // expect: verification/tool-input-validation
  name: "search",
  description: "Search the web",
  schema: z.object({ query: z.string() }),
  func: async ({ query }) => find(query),
});
`,
      },
    },
    {
      name: "an AI SDK tool with a zod input schema (the SDK parses it before execute)",
      files: {
        "src/tools/weather.ts": `import { tool } from "ai";
import { z } from "zod";
export const weather = tool({ // expect: verification/tool-input-validation
  description: "Get the weather for a city",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => \`sunny in \${city}\`,
});
`,
      },
    },
    {
      name: "zod safeParse of the model's input before the handler",
      files: {
        "src/tools/registry.ts": `import type { z } from "zod";
export interface Tool<S extends z.ZodTypeAny> { name: string; inputSchema: S; handler(input: z.infer<S>): Promise<string> }
export async function execute(tool: Tool<z.ZodTypeAny>, input: unknown) {
  const parsed = tool.inputSchema.safeParse(input); // expect: verification/tool-input-validation
  if (!parsed.success) return \`invalid input: \${parsed.error.message}\`;
  return tool.handler(parsed.data);
}
`,
      },
    },
    {
      name: "validateToolParams on a declarative tool, and ajv in the executor",
      files: {
        "src/core/tools.ts": `export abstract class BaseTool<P> {
  abstract validateToolParams(params: P): string | null;
  build(params: P) {
    const error = this.validateToolParams(params); // expect: verification/tool-input-validation
    if (error) throw new Error(error);
    return params;
  }
}
`,
        "src/core/executor.ts": `import Ajv from "ajv";
const ajv = new Ajv();
export function executeToolCall(schema: object, args: unknown) {
  if (!ajv.validate(schema, args)) throw new Error(ajv.errorsText()); // expect: verification/tool-input-validation
  return args;
}
`,
      },
    },
    {
      name: "generic validators handed the tool, a second value, or a tool call's arguments; a tool class's own validateParams",
      files: {
        "src/mcp/registry.ts": `export class ToolRegistry {
  async executeTool(name: string, input: unknown) {
    const tool = this.tools.get(name);
    this.validateInput(tool, input); // expect: verification/tool-input-validation
    return tool.handler(input);
  }
}
`,
        "src/shared/tools/base.ts": `export abstract class BaseTool {
  async execute(params: unknown) {
    this.validateParams(params); // expect: verification/tool-input-validation
    return this.run(params);
  }
}
`,
        "src/orchestrate/call.ts": `export async function predicate(operation: Operation, call: { arguments: unknown }) {
  const check = operation.function.validate(call.arguments); // expect: verification/tool-input-validation
  return check.success;
}
`,
        "src/tools/types.ts": `export function defineTool(params: ParamSpec) {
  return async (args: Record<string, unknown>) => {
    const errors = validateArgs(args, params); // expect: verification/tool-input-validation
    return errors.length ? \`Invalid arguments: \${errors.join("; ")}\` : "ok";
  };
}
`,
        "src/core/handlers/engine.ts": `export class JSEngine {
  private parseCalls(raw: Record<string, unknown>[], tools: Tool[]) {
    return raw.map((rawToolCall) => {
      const extendedSchema = find(tools, rawToolCall).argsSchema;
      return extendedSchema.safeParse(rawToolCall); // expect: verification/tool-input-validation
    });
  }
}
`,
      },
    },
  ],
});
