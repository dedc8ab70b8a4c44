import rule from "../../../src/rules/permissions/unguarded-shell.js";
import { ruleTester } from "../../support/rule-tester.js";

const anthropicLoop = (runTool: string): string => `import Anthropic from "@anthropic-ai/sdk";
import { execSync } from "node:child_process";
import * as readline from "node:readline/promises";

const client = new Anthropic();
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });

const tools: Anthropic.Tool[] = [
  {
    name: "bash",
    description: "Run a bash command in the current directory and return its output.",
    input_schema: { type: "object", properties: { command: { type: "string" } }, required: ["command"] },
  },
];

${runTool}

async function main(prompt: string) {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: prompt }];
  for (let turn = 0; turn < 20; turn++) {
    const response = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, tools, messages });
    messages.push({ role: "assistant", content: response.content });
    if (response.stop_reason !== "tool_use") break;
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type !== "tool_use") continue;
      const output = await runTool(block.name, block.input as { command: string });
      results.push({ type: "tool_result", tool_use_id: block.id, content: output });
    }
    messages.push({ role: "user", content: results });
  }
  rl.close();
}

main(process.argv[2] ?? "list the files here");
`;

ruleTester(rule, {
  valid: [
    {
      name: "toy Anthropic loop that asks before running the command",
      files: {
        "src/agent.ts": anthropicLoop(`async function runTool(name: string, input: { command: string }): Promise<string> {
  switch (name) {
    case "bash": {
      const answer = await rl.question(\`Run \${input.command}? [y/N] \`);
      if (answer.trim().toLowerCase() !== "y") return "The user refused to run this command.";
      return execSync(input.command, { encoding: "utf8", timeout: 30_000 });
    }
    default:
      return \`unknown tool \${name}\`;
  }
}`),
      },
    },
    {
      name: "chatbot with no tools that reads the git revision",
      files: {
        "src/chat.ts": `import OpenAI from "openai";
import { execSync } from "node:child_process";

const openai = new OpenAI();
const revision = execSync("git rev-parse --short HEAD").toString().trim();

export async function reply(history: OpenAI.ChatCompletionMessageParam[]): Promise<string> {
  const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "system", content: \`build \${revision}\` }, ...history] });
  return res.choices[0]?.message.content ?? "";
}
`,
      },
    },
    {
      name: "fixed program with model-chosen arguments and no shell",
      files: {
        "src/tools/git-log.ts": `import { tool } from "ai";
import { z } from "zod";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export const gitLog = tool({
  description: "Show the git history of one file",
  inputSchema: z.object({ path: z.string() }),
  execute: async ({ path }) => (await run("git", ["log", "--oneline", "--", path])).stdout,
});
`,
      },
    },
    {
      name: "tool declares needsApproval (OpenAI Agents SDK)",
      files: {
        "src/tools.ts": `import { tool } from "@openai/agents";
import { z } from "zod";
import { exec } from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(exec);

export const shellTool = tool({
  name: "shell",
  description: "Run a shell command",
  parameters: z.object({ command: z.string() }),
  needsApproval: true,
  execute: async ({ command }) => (await sh(command)).stdout,
});
`,
      },
    },
    {
      name: "deny list checked before the command runs",
      files: {
        "src/tools/bash.ts": `import { createTool } from "@mastra/core/tools";
import { z } from "zod";
import { spawnSync } from "node:child_process";

const BLOCKED = [/\\brm\\s+-rf\\b/, /\\bsudo\\b/, /\\bcurl\\b.*\\|\\s*sh/];

export const bashTool = createTool({
  id: "bash",
  description: "Run a command in the sandbox",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ context }) => {
    const command = context.command;
    if (BLOCKED.some((re) => re.test(command))) throw new Error("command refused by policy");
    return spawnSync("bash", ["-lc", command], { encoding: "utf8" }).stdout;
  },
});
`,
      },
    },
    {
      name: "central executor decides before every tool handler",
      files: {
        "src/executor.ts": `import type { Tool } from "./tool.js";
import { checkPermission } from "./permissions.js";

export async function executeToolCall(tools: Map<string, Tool>, call: { name: string; input: unknown }) {
  const tool = tools.get(call.name);
  if (!tool) return { error: \`unknown tool \${call.name}\` };
  const decision = await checkPermission(tool, call.input);
  if (decision !== "allow") return { error: "denied" };
  return tool.execute(call.input);
}
`,
        "src/tools/shell.ts": `import { execSync } from "node:child_process";
import { z } from "zod";

export const shell = {
  name: "shell",
  description: "Run a shell command",
  parameters: z.object({ command: z.string() }),
  execute: async ({ command }: { command: string }) => execSync(command, { encoding: "utf8" }),
};
`,
      },
    },
    {
      name: "test files and build scripts are not tools",
      files: {
        "test/shell.test.ts": `import { execSync } from "node:child_process";
const tool = { name: "bash", description: "d", parameters: {}, execute: ({ command }: { command: string }) => execSync(command) };
`,
        "scripts/build.ts": `import { execSync } from "node:child_process";
for (const pkg of ["core", "cli"]) execSync(\`npm run build -w packages/\${pkg}\`, { stdio: "inherit" });
`,
      },
    },
  ],
  invalid: [
    {
      name: "toy Anthropic loop runs the model's command with execSync",
      files: {
        "src/agent.ts": anthropicLoop(`async function runTool(name: string, input: { command: string }): Promise<string> {
  switch (name) {
    case "bash":
      return execSync(input.command, { encoding: "utf8" }); // expect: permissions/unguarded-shell
    default:
      return \`unknown tool \${name}\`;
  }
}`),
      },
    },
    {
      name: "Vercel AI SDK tool with promisified exec",
      files: {
        "src/tools.ts": `import { generateText, tool } from "ai";
import { z } from "zod";
import { exec } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);

export const tools = {
  runCommand: tool({
    description: "Run a shell command and return stdout",
    inputSchema: z.object({ command: z.string(), cwd: z.string().optional() }),
    execute: async ({ command, cwd }) => {
      const { stdout, stderr } = await execAsync(command, { cwd }); // expect: permissions/unguarded-shell
      return stdout || stderr;
    },
  }),
};
`,
      },
    },
    {
      name: "MCP server tool passes the command through two helpers to bash -c",
      files: {
        "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { spawn } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "shell", version: "1.0.0" });

function runInShell(script: string, cwd: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-c", script], { cwd }); // expect: permissions/unguarded-shell
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", () => resolve(out));
  });
}

async function runCommand(cmd: string): Promise<string> {
  const full = \`set -e; \${cmd}\`;
  return runInShell(full, process.cwd());
}

server.registerTool(
  "run_command",
  { description: "Run a command", inputSchema: { command: z.string() } },
  async ({ command }) => ({ content: [{ type: "text", text: await runCommand(command) }] }),
);
`,
      },
    },
    {
      name: "calculator tool evaluates the model's expression",
      files: {
        "src/calc.ts": `import { DynamicStructuredTool } from "@langchain/core/tools";
import { z } from "zod";

export const calculator = new DynamicStructuredTool({
  name: "calculator",
  description: "Evaluate an arithmetic expression",
  schema: z.object({ expression: z.string() }),
  func: async ({ expression }) => String(eval(expression)), // expect: permissions/unguarded-shell
});
`,
      },
    },
    {
      name: "tool class with spawn shell true",
      files: {
        "src/tools/shell-tool.ts": `import { spawn } from "node:child_process";
import { BaseTool, type ToolResult } from "./base-tool.js";

export class ShellTool extends BaseTool {
  name = "shell";
  description = "Execute a command in the user's shell";
  parameters = { type: "object", properties: { command: { type: "string" } } };

  async execute(params: { command: string }): Promise<ToolResult> {
    const child = spawn(params.command, { shell: true }); // expect: permissions/unguarded-shell
    return new Promise((resolve) => child.on("exit", (code) => resolve({ output: String(code) })));
  }
}
`,
      },
    },
  ],
});
