import rule from "../../../src/rules/registry/switch-dispatch.js";
import { ruleTester } from "../../support/rule-tester.js";
import { switchServer } from "../../support/switch-server.js";

ruleTester(rule, {
  valid: [
    {
      name: "registry lookup instead of a switch",
      files: {
        "src/run.ts": `const tools = new Map<string, { name: string; description: string; parameters: object; execute(input: unknown): Promise<string> }>();
export async function runToolCall(call: { name: string; input: unknown }) {
  const tool = tools.get(call.name);
  return tool ? tool.execute(call.input) : \`unknown tool \${call.name}\`;
}
`,
      },
    },
    {
      name: "switch on an event type is not tool dispatch",
      files: {
        "src/events.ts": `export function onEvent(event: { type: string; name: string }) {
  switch (event.type) {
    case "message_start": return 1;
    case "message_stop": return 2;
  }
}
`,
      },
    },
    {
      name: "icons per tool name beside a registry are presentation",
      files: {
        "src/registry.ts": `export class ToolRegistry {
  private tools = new Map<string, unknown>();
  register(name: string, t: unknown) { this.tools.set(name, t); }
  getTool(name: string) { return this.tools.get(name); }
}
`,
        "src/ui/tool-icon.ts": `export function toolIcon(toolName: string): string {
  switch (toolName) {
    case "read_file": return "📄";
    case "bash": return "💻";
    default: return "🔧";
  }
}
`,
      },
    },
    {
      name: "one case is not a dispatcher",
      files: {
        "src/run.ts": `export function handleToolCall(call: { name: string }) {
  switch (call.name) {
    case "finish": return true;
    default: return false;
  }
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "a switch that runs most of the declared tools, beside a filter of their declarations",
      files: {
        "src/server.ts": switchServer(" // expect: registry/switch-dispatch"),
      },
    },
    {
      name: "switch on the tool_use block name (Anthropic SDK)",
      files: {
        "src/agent.ts": `import { readFileSync, writeFileSync } from "node:fs";
export function executeTool(block: { name: string; input: { path: string; content?: string } }): string {
  // expect: registry/switch-dispatch
  switch (block.name) {
    case "read_file":
      return readFileSync(block.input.path, "utf8");
    case "write_file":
      writeFileSync(block.input.path, block.input.content ?? "");
      return "ok";
    default:
      return "unknown tool";
  }
}
`,
      },
    },
    {
      name: "if/else chain on the OpenAI function name",
      files: {
        "src/loop.ts": `export async function handle(toolCall: { function: { name: string; arguments: string } }) {
  const args = JSON.parse(toolCall.function.arguments);
  if (toolCall.function.name === "get_weather") { // expect: registry/switch-dispatch
    return getWeather(args.city);
  } else if (toolCall.function.name === "search_web") {
    return searchWeb(args.query);
  }
  return "unknown";
}
declare function getWeather(city: string): Promise<string>;
declare function searchWeb(q: string): Promise<string>;
`,
      },
    },
  ],
});
