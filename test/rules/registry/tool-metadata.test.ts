import rule from "../../../src/rules/registry/tool-metadata.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    {
      name: "tools without risk hints",
      files: {
        "src/tools.ts": `export const tools = [{ name: "search", description: "Search", parameters: { type: "object" } }];`,
      },
    },
  ],
  invalid: [
    {
      name: "MCP-style hints, needsApproval and a gemini Kind",
      files: {
        "src/tools.ts": `import { tool } from "@openai/agents";
import { z } from "zod";
export const del = tool({ // expect: registry/tool-metadata
  name: "delete_file",
  description: "Delete a file",
  parameters: z.object({ path: z.string() }),
  needsApproval: true,
  execute: async () => "ok",
});
export const read = { name: "read_file", description: "Read", inputSchema: {}, readOnlyHint: true, destructiveHint: false }; // expect: registry/tool-metadata
`,
        "src/shell.ts": `import { BaseDeclarativeTool, Kind } from "./tools.js";
// expect: registry/tool-metadata
export class ShellTool extends BaseDeclarativeTool<{ command: string }, string> {
  constructor() {
    super("run_shell_command", "Shell", "Runs a command", Kind.Execute, { type: "object" });
  }
}
`,
      },
    },
  ],
});
