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

/** A central executor that decides before every tool handler runs. */
const centralExecutor = `import type { Tool } from "./tool.js";
import { checkPermission } from "./permissions.js";

export async function executeToolCall(tools: Map<string, Tool>, call: { name: string; input: unknown }) {
  const tool = tools.get(call.name);
  if (!tool) return { error: \`unknown tool \${call.name}\` };
  const decision = await checkPermission(tool, call.input);
  if (decision !== "allow") return { error: "denied" };
  return tool.execute(call.input);
}
`;

/** A tool that prepares its command in another file (with `check` there), then runs what was prepared. */
const preparedCommand = (check: string, expect: string): Record<string, string> => ({
  "src/utils/command.ts": `import { spawn } from "node:child_process";
const allowed = (process.env.ALLOWED_COMMANDS ?? "").split(",");
const assertAllowedCommand = (bin: string) => {
  if (!allowed.includes(bin)) throw new Error("not allowed");
};
export const prepareCommand = async (command: string, cwd: string) => {
  const [bin] = command.split(" ");
  ${check}
  return { file: "bash", args: ["-lc", command], cwd };
};
export const runCommand = (p: { file: string; args: string[]; cwd: string }) => spawn(p.file, p.args, { cwd: p.cwd });${expect}
`,
  "src/tools/execute.ts": `import { z } from "zod";
import { prepareCommand, runCommand } from "../utils/command.js";
export const registerExecuteTool = (server: McpServer) => {
  server.tool("execute_command", "Execute a shell command", { command: z.string(), cwd: z.string() }, async (args) => {
    const exec = await prepareCommand(args.command, args.cwd);
    const child = runCommand({ file: exec.file, args: exec.args, cwd: exec.cwd });
    return { content: [{ type: "text", text: String(child.pid) }] };
  });
};
`,
});

/** An AI SDK bash tool that calls a pre-tool hook (`hook`) before it spawns the command. */
const hookedBash = (hook: string, expect: string): Record<string, string> => ({
  "src/tools.ts": `import { tool } from "ai";
import { z } from "zod";
import { spawn } from "node:child_process";
import { executePreToolHooks } from "./hooks.js";
export const bash = tool({
  description: "Run a shell command",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => {
    ${hook}
    return spawn("sh", ["-c", command]);${expect}
  },
});
`,
});

/** A Claude Agent SDK run with the given options; `expect` marks the query line. */
const sdkRun = (options: string, expect: string): Record<string, string> => ({
  "src/agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";
export async function ask(prompt: string, sessionId?: string) {
  const options = { model: "claude-sonnet-4-5", ${options}, ...(sessionId && { resume: sessionId }) };
  for await (const m of query({ prompt, options })) {${expect}
    if (m.type === "result") return m.result;
  }
}
`,
});

ruleTester(rule, {
  valid: [
    {
      name: "a Claude Agent SDK run that bypasses permissions but allows no Bash",
      files: sdkRun(`permissionMode: "bypassPermissions", allowedTools: ["Read", "Grep", "WebSearch"], maxTurns: 10`, ""),
    },
    {
      name: "a Claude Agent SDK run that pre-approves only a scoped Bash pattern (the SDK asks before other commands)",
      files: sdkRun(`allowedTools: ["Read", "Bash(git status:*)"], maxTurns: 10`, ""),
    },
    {
      name: "a Claude Agent SDK run that pre-approves Bash behind a PreToolUse hook matching Bash",
      files: sdkRun(`allowedTools: ["Read", "Bash"], hooks: { PreToolUse: [{ matcher: "Bash|Write", hooks: [checkBash] }] }, maxTurns: 10`, ""),
    },
    {
      name: "a Claude Agent SDK run that bypasses permissions with a PreToolUse hook deciding each call",
      files: sdkRun(`permissionMode: "bypassPermissions", hooks: { PreToolUse: [{ hooks: [checkBash] }] }, maxTurns: 10`, ""),
    },
    {
      name: "a pre-tool hook whose verdict can block runs before the command (grok-cli's executePreToolHooks)",
      files: hookedBash(`const pre = await executePreToolHooks("bash", { command });
    if (pre.blocked) return "blocked";`, ""),
    },
    {
      name: "a block-reason check whose verdict returns early (commandBlockReason)",
      files: {
        "src/agent.js": `import { spawn } from "node:child_process";
const BLOCKED = ["rm -rf /", "mkfs", "shutdown"];
function commandBlockReason(command) { const pat = BLOCKED.find((p) => command.includes(p)); return pat ? "blocked: " + pat : null; }
async function toolRunShell(cwd, command = "") {
  const reason = commandBlockReason(command);
  if (reason) return { error: reason };
  return spawn("/bin/bash", ["-lc", command], { cwd });
}
export const TOOLS = { run_shell: { description: "Run a shell command", parameters: { type: "object" }, execute: ({ command }) => toolRunShell(process.cwd(), command) } };
`,
      },
    },
    {
      name: "model input reduced to a clamped number and a choice between two literal flags",
      files: {
        "src/tools/git.ts": `import { exec } from "node:child_process";
import { promisify } from "node:util";
const execAsync = promisify(exec);
export const gitHistoryTool = {
  name: "get_git_history",
  description: "Show recent commits",
  parameters: { type: "object", properties: { count: { type: "number" }, showDiff: { type: "boolean" } } },
  execute: async (args: { count?: number; showDiff?: boolean }) => {
    const count = Math.min(Math.max(args.count ?? 10, 1), 50);
    const diffFlag = args.showDiff ? "-p" : "--stat";
    return execAsync(\`git log -\${count} \${diffFlag}\`);
  },
};
`,
      },
    },
    {
      name: "a script whose every part is quoted (parts.map(shellQuote)) before bash runs it",
      files: {
        "src/jobs.js": `import { spawn } from "node:child_process";
function shellQuote(s) { return "'" + String(s).replaceAll("'", "'\\\\''") + "'"; }
export const tools = {
  start_job: {
    description: "Start a background job for a task",
    parameters: { type: "object", properties: { task: { type: "string" } } },
    execute: ({ task }) => {
      const cmd = [process.execPath, "agent.js", "--task", task];
      const script = cmd.map(shellQuote).join(" ") + " > out.txt";
      return spawn("/bin/bash", ["-lc", script], { detached: true });
    },
  },
};
`,
      },
    },
    {
      name: "an approval callback awaited through a promise before the dispatcher runs the tool",
      files: {
        "src/tools/shell.ts": `import { exec } from "child_process";
export function executeShell(command: string): Promise<string> {
  return new Promise((resolve) => exec(command, (e, out) => resolve(out)));
}
`,
        "src/tools/index.ts": `import { executeShell } from "./shell.js";
export async function executeTool(name: string, args: string): Promise<string> {
  switch (name) {
    case "shell": {
      const { command } = JSON.parse(args);
      return executeShell(command);
    }
    default:
      return "unknown tool";
  }
}
`,
        "src/core/runner.ts": `import { executeTool } from "../tools/index.js";
export class Runner {
  onApproval?: (req: { name: string; args: string; resolve: (ok: boolean) => void }) => void;
  async runTools(toolCalls: { function: { name: string; arguments: string } }[]) {
    const results: string[] = [];
    for (const tc of toolCalls) {
      const approved = this.onApproval
        ? await new Promise<boolean>((resolve) => {
            this.onApproval!({ name: tc.function.name, args: tc.function.arguments, resolve });
          })
        : true;
      if (!approved) {
        results.push("denied");
        continue;
      }
      results.push(await executeTool(tc.function.name, tc.function.arguments));
    }
    return results;
  }
}
`,
      },
    },
    {
      name: "a person is asked (humanInTheLoop) before the command runs",
      files: {
        "src/cli.ts": `import { exec } from "node:child_process";
export class CommandLine {
  /** Runs a command */
  @func()
  async execute(command: string) {
    await humanInTheLoop(\`Run \${command}?\`);
    return exec(command);
  }
}
`,
      },
    },
    {
      name: "a command safety check (checkCommandSafety) that returns on a verdict",
      files: {
        "src/tools.js": `const { execSync } = require("child_process");
registry.register("bash", async ({ command }) => {
  const safety = checkCommandSafety(command);
  if (!safety.safe) return "blocked";
  return execSync(command, { encoding: "utf-8" });
}, "Run a bash command");
`,
      },
    },
    {
      name: "the tool's input first goes through a function of another file that checks it (prepareCommand -> assertAllowedCommand)",
      files: preparedCommand("assertAllowedCommand(bin);", ""),
    },
    {
      name: "a model expression stripped to digits and operators (replace with a negated class) before Function",
      files: {
        "src/calc.ts": `import { tool } from "ai";
import { z } from "zod";
export const calculate = tool({
  description: "Evaluate arithmetic",
  inputSchema: z.object({ expression: z.string() }),
  execute: async ({ expression }) => {
    const sanitized = expression.replace(/[^0-9+\\-*/().%\\s]/g, "");
    return String(Function(\`"use strict"; return (\${sanitized})\`)());
  },
});
`,
      },
    },
    {
      name: "a method call resolves to the class its receiver was built from, not to a same-named method of another class",
      files: {
        "src/index.ts": `import { z } from "zod";
import { CommandExecutor } from "./CommandExecutor";
import { ControlSender } from "./ControlSender";
server.tool("write_to_terminal", "Type a command into the terminal", { command: z.string() }, async ({ command }) => {
  const executor = new CommandExecutor();
  await executor.executeCommand(command);
  return { content: [{ type: "text", text: "ok" }] };
});
export const sender = new ControlSender();
`,
        "src/CommandExecutor.ts": `import { execFile } from "node:child_process";
export class CommandExecutor {
  async executeCommand(command: string): Promise<void> {
    await new Promise((r) => execFile("osascript", ["-e", "tell application \\"iTerm2\\" to write text (item 1 of argv)", command], r));
  }
}
`,
        "src/ControlSender.ts": `import { exec } from "node:child_process";
export class ControlSender {
  protected async executeCommand(command: string): Promise<void> {
    exec(command);
  }
  async bell(): Promise<void> {
    await this.executeCommand("osascript -e 'beep'");
  }
}
`,
      },
    },
    {
      name: "only a number derived from the model's letter reaches the shell (charCodeAt)",
      files: {
        "src/control.ts": `import { exec } from "node:child_process";
server.tool("send_control", "Send a control character", { letter: z.string() }, async ({ letter }) => {
  const code = letter.toUpperCase().charCodeAt(0) - 64;
  exec(\`osascript -e 'tell application "iTerm2" to write text (ASCII character \${code})'\`);
  return { content: [{ type: "text", text: "sent" }] };
});
`,
      },
    },
    {
      name: "a fixed script written to a spawned shell's stdin",
      files: {
        "src/setup.ts": `import { spawn } from "child_process";
server.tool("setup", "Prepare the workspace", {}, async () => {
  const sh = spawn("bash", []);
  sh.stdin.write("mkdir -p build && cp config.json build/\\n");
  sh.stdin.end();
  return { content: [{ type: "text", text: "ok" }] };
});
`,
      },
    },
    {
      name: "Deno tool runs a fixed program with fixed arguments",
      files: {
        "src/server.ts": `server.tool("gitStatus", "Show git status", {}, async () => {
  const { stdout } = await new Deno.Command("git", { args: ["status", "--short"] }).output();
  return { content: [{ type: "text", text: new TextDecoder().decode(stdout) }] };
});
`,
      },
    },
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
        "src/executor.ts": centralExecutor,
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
      name: "central gate, and the read-only search tool runs a fixed program with arguments (no shell)",
      files: {
        "src/executor.ts": centralExecutor,
        "src/tools/search.ts": `import { execFile } from "node:child_process";
export const searchTool = {
  name: "Search",
  description: "Search the codebase for a pattern",
  parameters: { type: "object", properties: { pattern: { type: "string" } } },
  readOnly: true,
  run: async (args: { pattern: string }) => execFile("rg", ["--line-number", args.pattern]),
};
`,
      },
    },
    {
      name: "node runs a fixed script; the model only picks its argument",
      files: {
        "src/tools/format.ts": `import { execFile } from "node:child_process";
export const format = { name: "format", description: "Format a file", parameters: { type: "object" }, execute: async ({ path }: { path: string }) => execFile("node", ["scripts/format.mjs", path]) };
`,
      },
    },
    {
      name: "a search tool opens a URL whose query is percent-encoded",
      files: {
        "src/tools/open.ts": `import { exec } from "node:child_process";
export const openSearch = { name: "open_search", description: "Open a web search", parameters: { type: "object" }, execute: async ({ q }: { q: string }) => exec(\`xdg-open "https://example.com/?q=\${encodeURIComponent(q)}"\`) };
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
    {
      name: "cross-file: a same-named method in a file the tool does not import",
      files: {
        "src/tools/bash.ts": `import { tool } from "ai";
import { z } from "zod";
import type { Runner } from "./runner-types.js";

export function bashTool(runner: Runner) {
  return tool({
    description: "Run a command in the sandbox",
    inputSchema: z.object({ command: z.string() }),
    execute: async ({ command }) => runner.run(command),
  });
}
`,
        "src/tools/runner-types.ts": `export interface Runner { run(command: string): Promise<string> }
`,
        "scripts/release.ts": `import { execSync } from "node:child_process";
export class Release {
  run(step: string): string {
    return execSync(step, { encoding: "utf8" });
  }
}
`,
      },
    },
    {
      name: "cross-file: model input goes to the helper's second parameter, the first reaches the shell",
      files: {
        "src/server.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { runScript } from "./run.js";

const server = new McpServer({ name: "scripts", version: "1.0.0" });
server.tool("run_script", "Run a named project script", { args: z.string() }, async ({ args }) => ({
  content: [{ type: "text", text: await runScript("npm test", args) }],
}));
`,
        "src/run.ts": `import { exec } from "node:child_process";
import { promisify } from "node:util";
const execAsync = promisify(exec);
export async function runScript(script: string, label: string): Promise<string> {
  const { stdout } = await execAsync(script);
  return \`\${label}: \${stdout}\`;
}
`,
      },
    },
    {
      name: "cross-file: the helper checks the command against an allow list before spawning",
      files: {
        "src/tools/shell.ts": `import { tool } from "ai";
import { z } from "zod";
import { runChecked } from "../exec.js";

export const shell = tool({
  description: "Run an allowed command",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => runChecked(command),
});
`,
        "src/exec.ts": `import { spawn } from "node:child_process";
import { isCommandAllowed } from "./policy.js";
export function runChecked(command: string): Promise<number> {
  if (!isCommandAllowed(command)) throw new Error(\`not allowed: \${command}\`);
  return new Promise((resolve) => spawn(command, { shell: true }).on("exit", (c) => resolve(c ?? 1)));
}
`,
      },
    },
    {
      name: "cross-file: model input is shell-escaped before it reaches the executor",
      files: {
        "src/tools/read.ts": `import { tool } from "ai";
import { z } from "zod";
import { shellEscape, type Executor } from "../sandbox.js";

export const readTool = (executor: Executor) =>
  tool({
    description: "Read a file",
    inputSchema: z.object({ path: z.string() }),
    execute: async ({ path }) => (await executor.exec(\`cat \${shellEscape(path)}\`)).stdout,
  });
`,
        "src/sandbox.ts": `import { spawn } from "node:child_process";
export const shellEscape = (s: string): string => \`'\${s.replace(/'/g, "'\\\\''")}'\`;
export interface Executor { exec(command: string): Promise<{ stdout: string }> }
export class HostExecutor implements Executor {
  exec(command: string): Promise<{ stdout: string }> {
    return new Promise((resolve) => {
      let stdout = "";
      const child = spawn("sh", ["-c", command]);
      child.stdout.on("data", (d) => (stdout += d));
      child.on("close", () => resolve({ stdout }));
    });
  }
}
`,
      },
    },
    {
      name: "low-level MCP server: a prompt handler (user-chosen) that runs a command",
      files: {
        "src/prompts.ts": `import { GetPromptRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { execSync } from "node:child_process";

export function registerPrompts(server: Server) {
  server.setRequestHandler(GetPromptRequestSchema, async (request) => {
    switch (request.params.name) {
      case "run_command": {
        const output = execSync(String(request.params.arguments?.command), { encoding: "utf8" });
        return { messages: [{ role: "user", content: { type: "text", text: output } }] };
      }
      default:
        throw new Error("unknown prompt");
    }
  });
}
`,
      },
    },
    {
      name: "a module tool whose handler checks the command before the persistent shell runs it",
      files: {
        "bash-tool.js": `import { PersistentShell } from "./shell.js";
import { isCommandAllowed } from "./policy.js";
const name = "Bash";
const schema = { description: "Run a command", parameters: { type: "object" } };
const handler = async (toolCall) => {
  if (!isCommandAllowed(toolCall.input.command)) throw new Error("denied");
  return PersistentShell.getInstance().exec(toolCall.input.command);
};
export { name, schema, handler };
`,
        "shell.js": `import { spawn } from "child_process";
export class PersistentShell {
  constructor() {
    this.shell = spawn("bash", ["-l"]);
  }
  exec = (cmd) => {
    this.shell.stdin.write(cmd + "\\n"); // ok: permissions/unguarded-shell
  };
}
`,
      },
    },
    {
      name: "an options object whose only model-chosen field is checked; the program comes from configuration",
      files: {
        "src/run-python.ts": `import { spawn } from "node:child_process";
import { tool } from "@openai/agents";
const isValidScriptName = (name: string) => /^[a-z0-9_-]+\\.py$/i.test(name);
const executePython = async (params: { scriptName: string; pythonBinary: string }) => {
  const { scriptName, pythonBinary } = params;
  if (!isValidScriptName(scriptName)) return "invalid";
  return spawn(pythonBinary, [scriptName]); // ok: permissions/unguarded-shell
};
export const createRunPython = ({ pythonBinary }: { pythonBinary: string }) =>
  tool({
    name: "runPython",
    description: "Run a script",
    parameters: { type: "object", properties: { scriptName: { type: "string" } } },
    execute: async (input: { scriptName: string }) => executePython({ scriptName: input.scriptName, pythonBinary }),
  });
`,
      },
    },
    {
      name: "a map of functions picked by name after the user confirms",
      files: {
        "agent.ts": `import { execSync } from "node:child_process";
const toolHandlers = {
  run_shell: (args: { command: string }) => execSync(args.command).toString(), // ok: permissions/unguarded-shell
  get_time: () => new Date().toISOString(),
};
export async function call(name: string, args: { command: string }) {
  if (!(await confirmToolCall(name, args))) return "denied";
  return toolHandlers[name as keyof typeof toolHandlers](args);
}
`,
      },
    },
    {
      name: "a map of formatters picked by a file extension is not a tool map",
      files: {
        "format.ts": `import { execSync } from "node:child_process";
const formatters = {
  md: (file: string) => execSync("prettier --write " + file), // ok: permissions/unguarded-shell
  py: (file: string) => execSync("black " + file),
};
export function format(file: string, ext: string) { return formatters[ext as keyof typeof formatters](file); }
`,
      },
    },
    {
      name: "a class that implements a Tool interface but declares no name or description is not taken for a tool",
      files: {
        "src/runner.ts": `import { exec } from "node:child_process";
export class Runner implements Tool {
  execute = async (command: string) => exec(command); // ok: permissions/unguarded-shell
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "a Claude Agent SDK run with permissions bypassed and Bash allowed (a Slack bot)",
      files: sdkRun(`permissionMode: "bypassPermissions", allowedTools: ["Read", "WebFetch", "Bash"], maxTurns: 10`, " // expect: permissions/unguarded-shell"),
    },
    {
      name: "a LangChain DynamicTool subclass whose options pass a shell runner as func",
      files: {
        "src/tools/shell.ts": `import { DynamicTool } from "langchain/tools";
import { exec } from "child_process";
export class ShellTool extends DynamicTool {
  constructor() {
    super({ name: "Shell", description: "Runs an arbitrary shell command", func: execPromise });
  }
}
function execPromise(command: string) {
  return new Promise<string>((res) => {
    exec(command, (err, stdout, stderr) => res(stderr + stdout)); // expect: permissions/unguarded-shell
  });
}
`,
      },
    },
    {
      name: "a wrapper whose check is skipped when no rules are set (the tool runs before the check on that path)",
      files: {
        "src/tools/bash.ts": `import { execSync } from "child_process";
import { z } from "zod";
export const BashTool = {
  name: "bash",
  description: "Execute a bash command",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }: { command: string }) => execSync(command, { encoding: "utf-8" }), // expect: permissions/unguarded-shell
};
`,
        "src/plugins/callers.ts": `export function restrictCallers(tools: Record<string, Tool>, rules?: string[]) {
  const out: Record<string, Tool> = {};
  for (const [name, tool] of Object.entries(tools)) {
    out[name] = {
      ...tool,
      execute: async (input: unknown) => {
        if (!rules) return await tool.execute(input);
        if (!isCallerAllowed(rules, name)) throw new Error("not allowed for this caller");
        return await tool.execute(input);
      },
    };
  }
  return out;
}
`,
      },
    },
    {
      name: "a Claude Agent SDK run that lists plain Bash in allowedTools, which approves every command in advance",
      files: sdkRun(`allowedTools: ["Read", "Bash"], maxTurns: 10`, " // expect: permissions/unguarded-shell"),
    },
    {
      name: "pre-approved Bash whose only PreToolUse hook matches file edits",
      files: sdkRun(`allowedTools: ["Bash", "Write"], hooks: { PreToolUse: [{ matcher: "Write|Edit|MultiEdit", hooks: [checkPath] }] }, maxTurns: 10`, " // expect: permissions/unguarded-shell"),
    },
    {
      name: "pre-approved Bash in defaults set in a constructor and spread into the options of each run",
      files: {
        "src/ai-client.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";
export class AIClient {
  private defaultOptions: Options;
  constructor(options?: Partial<Options>) {
    this.defaultOptions = { maxTurns: 100, allowedTools: ["Task", "Bash", "Read"], ...options };
  }
  async *queryStream(prompt: string, options?: Partial<Options>) {
    const mergedOptions = { ...this.defaultOptions, ...options };
    for await (const message of query({ prompt, options: mergedOptions })) { // expect: permissions/unguarded-shell
      yield message;
    }
  }
}
`,
      },
    },
    {
      name: "a Claude Agent SDK run skipping permissions with the default tool set",
      files: sdkRun(`allowDangerouslySkipPermissions: true, maxTurns: 10`, " // expect: permissions/unguarded-shell"),
    },
    {
      name: "a pre-tool hook called for its side effects only (result dropped) does not gate",
      files: hookedBash(`await executePreToolHooks("bash", { command });`, " // expect: permissions/unguarded-shell"),
    },
    {
      name: "tools registered by name with their handler (registry.register), one requiring child_process inside the handler",
      files: {
        "src/misc-tools.js": `const { execSync } = require("child_process");
function registerMiscTools(registry) {
  registry.register("package_install", async ({ packages }) => {
    const cmd = \`npm install \${packages.join(" ")}\`;
    return execSync(cmd, { encoding: "utf-8" }); // expect: permissions/unguarded-shell
  }, "Install packages");
  registry.register("execute_command", async ({ args }) => {
    const { spawn } = require("child_process");
    const parts = args.command.split(" ");
    return spawn(parts[0], parts.slice(1), { shell: true }); // expect: permissions/unguarded-shell
  }, "Run a command");
}
module.exports = { registerMiscTools };
`,
      },
    },
    {
      name: "a confirm before running commands found in a reply does not govern the registered tools",
      files: {
        "src/chat.js": `async function handleCommands(commands) {
  const ok = await this.prompt.confirm("Run these?");
  if (ok !== "y") return;
  for (const cmd of commands) this.executor.execute(cmd);
}
`,
        "src/tools.js": `const { execSync } = require("child_process");
registry.register("bash", async ({ command }) => execSync(command), "Run a command"); // expect: permissions/unguarded-shell
`,
      },
    },
    {
      name: "a tool's input reaches a node-pty terminal's write through a method of another class",
      files: {
        "src/server.ts": `import { ShellTools } from "./tools/shell-tools.js";
const shellTools = new ShellTools();
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "terminal_operate": return shellTools.terminalOperate(args);
  }
});
`,
        "src/tools/shell-tools.ts": `import { TerminalManager } from "../core/terminal-manager.js";
export class ShellTools {
  private terminalManager = new TerminalManager();
  async terminalOperate(params: { terminal_id: string; command: string }) {
    return this.terminalManager.sendInput(params.terminal_id, params.command);
  }
}
`,
        "src/core/terminal-manager.ts": `import * as pty from "node-pty";
export class TerminalManager {
  private sessions = new Map<string, pty.IPty>();
  async sendInput(id: string, input: string) {
    const ptyProcess = this.sessions.get(id);
    ptyProcess?.write(input + "\\r"); // expect: permissions/unguarded-shell
  }
}
`,
      },
    },
    {
      name: "a list of allowed or disabled tools checks which tool runs, not the command it is given",
      files: {
        "src/client.ts": `import { spawn } from "node:child_process";
const ALLOWED_TOOLS = ["run_terminal_command"];
export async function handleToolCall(action: { toolName: string; input: { command: string } }) {
  const toolName = action.toolName;
  const input = action.input;
  if (!ALLOWED_TOOLS.includes(toolName)) return "denied";
  if (toolName === "run_terminal_command") return spawn("bash", ["-c", input.command]); // expect: permissions/unguarded-shell
}
`,
      },
    },
    {
      name: "the same preparing function without a check does not guard what runs",
      files: preparedCommand("console.log(bin);", " // expect: permissions/unguarded-shell"),
    },
    {
      name: "a check that the tool exists at all (toolNames.includes) does not gate what it runs",
      files: {
        "src/client.ts": `import { spawn } from "node:child_process";
import { toolNames } from "./tools.js";
export async function handleToolCall(action: { toolName: string; input: { command: string } }) {
  const toolName = action.toolName;
  const input = action.input;
  if (!toolNames.includes(toolName)) return customHandler(action);
  if (toolName === "run_terminal_command") return spawn("bash", ["-c", input.command]); // expect: permissions/unguarded-shell
}
`,
      },
    },
    {
      name: "a function typed as a tool handler (ToolHandler<...>) passes its parameters to a helper in another file",
      files: {
        "src/tool-handlers.ts": `import { runTerminalCommand } from "./terminal/run-command.js";
export type ToolHandler<T extends string> = (params: Record<string, unknown>, id: string) => Promise<string>;
export const handleRunTerminalCommand: ToolHandler<"run_terminal_command"> = async (parameters: { command: string }, id: string) => {
  const { command } = parameters;
  return runTerminalCommand(id, command);
};
`,
        "src/terminal/run-command.ts": `import { spawn } from "node:child_process";
export async function runTerminalCommand(id: string, command: string) {
  const child = spawn("bash", ["-c", command]); // expect: permissions/unguarded-shell
  return String(child.pid);
}
`,
      },
    },
    {
      name: "decorated tool methods (@func) reach a shared exec helper through an alias import: reported where each tool calls it",
      files: {
        "src/utils/exec.ts": `import { exec } from "node:child_process";
export async function execCommand(command: string) {
  return new Promise((resolve) => exec(command, (e, out) => resolve(out)));
}
`,
        "src/tools/typescriptTools.ts": `import { func, funcClass } from "#functionSchema/functionDecorators";
import { execCommand } from "#utils/exec";
@funcClass(__filename)
export class TypescriptTools {
  /** Installs a package */
  @func()
  async installPackage(packageName: string): Promise<void> {
    await execCommand(\`npm install \${packageName}\`); // expect: permissions/unguarded-shell
  }
}
`,
        "src/tools/gcloud.ts": `import { func } from "#functionSchema/functionDecorators";
import { execCommand } from "#utils/exec";
export class GoogleCloud {
  /** Lists Redis instances */
  @func()
  async listRedisInstances(projectId: string) {
    return execCommand(\`gcloud redis instances list --project=\${projectId}\`); // expect: permissions/unguarded-shell
  }
  async helper(projectId: string) {
    return execCommand(\`gcloud projects describe \${projectId}\`);
  }
}
`,
      },
    },
    {
      name: "an example ships a hazard too: examples are code users copy",
      files: {
        "examples/basic-chatbot/chatbot.ts": `import { tool } from "ai";
import { z } from "zod";
export const calc = tool({
  description: "Evaluate a math expression",
  inputSchema: z.object({ expr: z.string() }),
  execute: async ({ expr }) => String(new Function(\`return (\${expr})\`)()), // expect: permissions/unguarded-shell
});
`,
      },
    },
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
    {
      name: "cross-file: low-level MCP CallTool handler passes arguments to a spawn helper in another file",
      files: {
        "src/tools.ts": `import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { runProcess } from "./run_process.js";

export function registerTools(server: Server) {
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [{ name: "run_process", description: "Run a process", inputSchema: { type: "object", properties: { command_line: { type: "string" } } } }],
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    if (!request.params.arguments) throw new Error("Missing arguments");
    return runProcess(request.params.arguments);
  });
}
`,
        "src/run_process.ts": `import { spawn, type SpawnOptions } from "node:child_process";
export function runProcess(args: Record<string, unknown>): Promise<number> {
  const options: SpawnOptions = {};
  let command = "";
  if (args.command_line) {
    options.shell = true;
    command = String(args.command_line);
  }
  return new Promise((resolve) => {
    const child = spawn(command, [], options); // expect: permissions/unguarded-shell
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
`,
      },
    },
    {
      name: "cross-file: bash tool calls a method of an executor class defined in an imported file",
      files: {
        "src/tools/bash.ts": `import { Type } from "@sinclair/typebox";
import type { AgentTool } from "@mariozechner/pi-agent-core";
import type { Executor } from "../sandbox.js";

export function createBashTool(executor: Executor): AgentTool {
  return {
    name: "bash",
    label: "bash",
    description: "Run a bash command",
    parameters: Type.Object({ command: Type.String() }),
    execute: async (_id: string, { command }: { command: string }) => {
      const result = await executor.exec(command, { timeout: 60 });
      return { content: [{ type: "text", text: result.stdout }] };
    },
  };
}
`,
        "src/sandbox.ts": `import { spawn } from "node:child_process";
export interface Executor { exec(command: string, options?: { timeout?: number }): Promise<{ stdout: string }> }
class HostExecutor implements Executor {
  async exec(command: string, options?: { timeout?: number }): Promise<{ stdout: string }> {
    const shell = process.env.SHELL ?? "/bin/sh";
    return new Promise((resolve) => {
      let stdout = "";
      const child = spawn(shell, ["-c", command], { timeout: options?.timeout }); // expect: permissions/unguarded-shell
      child.stdout.on("data", (d) => (stdout += d));
      child.on("close", () => resolve({ stdout }));
    });
  }
}
export const createExecutor = (): Executor => new HostExecutor();
`,
      },
    },
    {
      name: "per-category executor with a guard clause on the tool name evaluates code in vm",
      files: {
        "src/tools/code-tools.ts": `import * as vm from "vm";
export async function executeCodeTool(name: string, input: Record<string, unknown>) {
  if (name !== "run_code") return { success: false, error: \`Unknown code tool: \${name}\` };
  const context = vm.createContext({ console });
  const script = new vm.Script(input.code as string); // expect: permissions/unguarded-shell
  return { success: true, result: script.runInContext(context, { timeout: 5000 }) };
}
`,
      },
    },
    {
      name: "central gate, but a tool declared read-only (auto-allowed) puts the model's pattern in a shell string",
      files: {
        "src/executor.ts": centralExecutor,
        "src/tools/search.ts": `import * as child_process from "child_process";
import * as util from "util";
const execPromise = util.promisify(child_process.exec);

async function searchWithGrep(pattern: string, path: string) {
  const command = \`grep -R -n "\${pattern}" \${path}\`;
  return execPromise(command); // expect: permissions/unguarded-shell
}

export const searchTool = {
  name: "Search",
  description: "Search the codebase for a pattern",
  parameters: { type: "object", properties: { pattern: { type: "string" } } },
  readonly: true,
  run: async (args: { pattern: string; path?: string }) => (await searchWithGrep(args.pattern, args.path ?? ".")).stdout,
};
`,
      },
    },
    {
      name: "MCP server writes the model's script to a spawned bash's stdin (tool name and description are constants)",
      files: {
        "src/execute-bash.ts": `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { spawn } from "child_process";
import { z } from "zod";
export const shellProgram = "/usr/bin/bash";
export const toolName = "execute-bash-script";
export const toolDescription = "Execute a bash script";
export function executeCommand(command: string): Promise<string> {
  return new Promise((resolve) => {
    const bash = spawn(shellProgram, [], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    bash.stdout.on("data", (d) => (out += d));
    bash.on("close", () => resolve(out));
    bash.stdin.write(command + "\\n"); // expect: permissions/unguarded-shell
    bash.stdin.end();
  });
}
export function setTool(server: McpServer) {
  server.tool(toolName, toolDescription, { command: z.string() }, async ({ command }) => ({ content: [{ type: "text", text: await executeCommand(command) }] }));
}
`,
      },
    },
    {
      name: "tool object with a nested Param declaration and a capitalised Execute handler",
      files: {
        "tools/bash_tool.ts": `import { exec } from "child_process";
import { promisify } from "util";
const execAsync = promisify(exec);
const Bash = async (args: { command: string }): Promise<string> => {
  const { stdout } = await execAsync(args.command); // expect: permissions/unguarded-shell
  return stdout.trim();
};
export const BashToolDefinition = {
  Param: { name: "bash", description: "Run a bash command", input_schema: { type: "object", properties: { command: { type: "string" } } } },
  Execute: Bash,
};
`,
      },
    },
    {
      name: "Deno MCP server runs the model's program and arguments with new Deno.Command",
      files: {
        "src/server.ts": `import { McpServer } from "npm:@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "npm:zod";
const server = new McpServer({ name: "cmd", version: "1.0.0" });
server.tool("runCommand", "Run a program", { command: z.string(), args: z.array(z.string()) }, async ({ command, args }) => {
  const cmd = new Deno.Command(command, { args, stdout: "piped" }); // expect: permissions/unguarded-shell
  const { stdout } = await cmd.output();
  return { content: [{ type: "text", text: new TextDecoder().decode(stdout) }] };
});
`,
      },
    },
    {
      name: "Bun agent runs the model's command with spawnSync imported from bun",
      files: {
        "src/tools/run-command.ts": `import { spawnSync } from "bun";
export function runCommand(command: string): string {
  const [cmd, ...args] = command.trim().split(/\\s+/);
  const result = spawnSync({ cmd: [cmd, ...args], stdout: "pipe" }); // expect: permissions/unguarded-shell
  return result.stdout.toString();
}
`,
        "src/tools/index.ts": `import { runCommand } from "./run-command";
export const tools = [
  { name: "run_command", description: "Run a command", input_schema: { type: "object", properties: { command: { type: "string" } } } },
];
export function executeTool(name: string, input: Record<string, unknown>): string {
  switch (name) {
    case "run_command":
      return runCommand(input.command as string);
    default:
      return "unknown tool";
  }
}
`,
      },
    },
    {
      name: "tool object that nests its declaration beside the handler ({ definition, execute })",
      files: {
        "tools/bash.ts": `import { exec } from "child_process";
import { promisify } from "util";
const execAsync = promisify(exec);
export async function runBash(command: string): Promise<string> {
  const { stdout } = await execAsync(command); // expect: permissions/unguarded-shell
  return stdout;
}
export const bashTool = {
  definition: {
    name: "bash",
    description: "Execute a bash command",
    input_schema: { type: "object", properties: { command: { type: "string" } }, required: ["command"] },
  },
  execute: async (input: { command: string }) => runBash(input.command),
};
`,
      },
    },
    {
      name: "AI SDK provider-defined bash tool whose execute runs the command",
      files: {
        "shell.ts": `import { anthropic } from "@ai-sdk/anthropic";
import { exec } from "child_process";
import { promisify } from "util";
const execPromise = promisify(exec);
export const shellTool = anthropic.tools.bash_20250124({
  execute: async (toolParams: { command: string }) => (await execPromise(toolParams.command)).stdout, // expect: permissions/unguarded-shell
});
`,
      },
    },
    {
      name: "model code written to a temp file that node then runs",
      files: {
        "src/tools/run-node.ts": `import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
async function executeNodeCode(code: string) {
  const tempFile = "/tmp/exec-" + Date.now() + ".mjs";
  await writeFile(tempFile, code, "utf8");
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [tempFile]); // expect: permissions/unguarded-shell
    proc.on("close", resolve);
  });
}
export const runNode = { name: "run_node", description: "Run JavaScript", parameters: { type: "object" }, execute: async ({ code }: { code: string }) => executeNodeCode(code) };
`,
      },
    },
    {
      name: "cross-file: server dispatch -> handler layer -> barrel -> tool function that spawns a shell",
      files: {
        "src/server.ts": `import * as handlers from "./handlers/index.js";
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "run": return handlers.handleRun(args);
    default: throw new Error("unknown tool");
  }
});
`,
        "src/handlers/index.ts": `export * from "./run-handlers.js";\n`,
        "src/handlers/run-handlers.ts": `import { runCommand } from "../tools/run.js";
export async function handleRun(args: unknown) {
  return runCommand(args);
}
`,
        "src/tools/run.ts": `import { exec } from "node:child_process";
export function runCommand(args: any) {
  return exec(args.command); // expect: permissions/unguarded-shell
}
`,
      },
    },
    {
      name: "hand-rolled tool list whose schema sits under args (z.object) and whose handler is a const",
      files: {
        "agent.ts": `import { exec } from "child_process";
import { promisify } from "util";
import { z } from "zod";
const execAsync = promisify(exec);
const listFile = async (args: { path: string }) => {
  const { stdout } = await execAsync(\`npx tree-cli \${args.path}\`); // expect: permissions/unguarded-shell
  return stdout;
};
export const tool_defs = [{ name: "list_files", description: "List files in a directory", args: z.object({ path: z.string() }), execute: listFile }];
`,
      },
    },
    {
      name: "a module that is a tool, running commands in a persistent shell kept in a class field",
      files: {
        "bash-tool.js": `import { PersistentShell } from "./shell.js";
const name = "Bash";
const schema = { description: "Run a command", parameters: { type: "object", properties: { command: { type: "string" } } } };
const handler = async (toolCall) => PersistentShell.getInstance().exec(toolCall.input.command);
export { name, schema, handler };
`,
        "shell.js": `import { spawn } from "child_process";
export class PersistentShell {
  static instance = null;
  static getInstance = () => PersistentShell.instance || (PersistentShell.instance = new PersistentShell());
  constructor() {
    this.shell = spawn(process.env.SHELL || "/bin/bash", ["-l"], { stdio: ["pipe", "pipe", "pipe"] });
  }
  exec = (cmd) => new Promise((resolve) => resolve(this.runCommand(cmd)));
  runCommand = (cmd) => {
    this.shell.stdin.write(\`\${cmd} > /tmp/out\\n\`); // expect: permissions/unguarded-shell
  };
}
`,
      },
    },
    {
      name: "a gate in an MCP client covers the remote server's tools, not the agent's own",
      files: {
        "src/mcp/client.ts": `export class McpClient {
  async callTool(name: string, args: unknown) {
    if (!(await this.options.authorizeToolCall(name, args))) throw new Error("denied");
    return this.transport.callTool(name, args);
  }
}
`,
        "examples/calc.ts": `export const calculate = {
  name: "calculate",
  description: "Evaluate an expression",
  parameters: { type: "object", properties: { expression: { type: "string" } } },
  func: async (args: { expression: string }) => \`\${eval(args.expression)}\`, // expect: permissions/unguarded-shell
};
`,
      },
    },
    {
      name: "an options object carries the model's command to a helper that destructures it",
      files: {
        "src/run.ts": `import { exec } from "node:child_process";
import { tool } from "ai";
import { z } from "zod";
const runIt = ({ command, cwd }: { command: string; cwd: string }) => exec(command, { cwd }); // expect: permissions/unguarded-shell
const runNamed = (opts: { command: string; cwd: string }) => {
  const { command } = opts;
  return exec(command); // expect: permissions/unguarded-shell
};
export const a = tool({ description: "Run", inputSchema: z.object({ command: z.string() }), execute: async ({ command }) => runIt({ command, cwd: "/tmp" }) });
export const b = tool({ description: "Run", inputSchema: z.object({ command: z.string() }), execute: async (input) => runNamed({ command: input.command, cwd: "/tmp" }) });
`,
      },
    },
    {
      name: "functions picked by name from a map, with the input from the model's JSON reply",
      files: {
        "tools/exec.js": `import { exec } from "child_process";
export async function executeCommand(cmd = "") {
  return new Promise((res) => exec(cmd, (error, data) => res(error ? String(error) : data))); // expect: permissions/unguarded-shell
}
`,
        "index.js": `import OpenAI from "openai";
import { executeCommand } from "./tools/exec.js";
import { writeNote } from "./tools/notes.js";
const TOOL_MAP = { executeCommand, writeNote };
const client = new OpenAI();
export async function step(messages) {
  const reply = await client.chat.completions.create({ model: "m", messages });
  const parsed = JSON.parse(reply.choices[0].message.content);
  if (!TOOL_MAP[parsed.tool_name]) return;
  return TOOL_MAP[parsed.tool_name](parsed.input);
}
`,
        "tools/notes.js": `export function writeNote(text) { return text; }\n`,
      },
    },
    {
      name: "an OpenAI-cookbook map of available functions, one of which runs a shell",
      files: {
        "agent.ts": `import { execSync } from "node:child_process";
const availableFunctions = {
  run_shell: (args: { command: string }) => execSync(args.command).toString(), // expect: permissions/unguarded-shell
  get_time: () => new Date().toISOString(),
};
export function call(toolCall: { function: { name: string; arguments: string } }) {
  const fn = availableFunctions[toolCall.function.name as keyof typeof availableFunctions];
  return fn(JSON.parse(toolCall.function.arguments));
}
`,
      },
    },
    {
      name: "each command of a provider shell tool's action run through a helper of another file",
      files: {
        "lib/shell.ts": `import { exec } from "node:child_process";
import { promisify } from "node:util";
const execAsync = promisify(exec);
export async function executeShellCommand(command: string) {
  return execAsync(command); // expect: permissions/unguarded-shell
}
`,
        "examples/shell-tool.ts": `import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { executeShellCommand } from "../lib/shell";
await generateText({
  model: openai.responses("m"),
  tools: {
    shell: openai.tools.shell({
      execute: async ({ action }) => ({ output: await Promise.all(action.commands.map((command) => executeShellCommand(command))) }),
    }),
  },
  prompt: "p",
});
`,
      },
    },
    {
      name: "a tool class that implements the Tool interface, with an arrow field as handler and exec imported at run time",
      files: {
        "src/tools/executeCommand.ts": `import { z } from "zod";
import type { Tool } from "../types.ts";
const InputSchema = z.object({ command: z.string() });
class ExecuteCommandTool implements Tool {
  name = "execute_command";
  description = "Run a shell command";
  inputSchema = InputSchema;
  execute = async (args: z.infer<typeof InputSchema>) => {
    const { exec } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const execAsync = promisify(exec);
    return execAsync(args.command); // expect: permissions/unguarded-shell
  };
}
export default new ExecuteCommandTool();
`,
      },
    },
    {
      name: "an Agentic @aiFunction method wraps the model's command in a PowerShell string",
      files: {
        "src/tools/powershell.ts": `import { aiFunction, AIFunctionsProvider } from "@agentic/core";
import { z } from "zod";
import { exec } from "child_process";
export class PowershellClient extends AIFunctionsProvider {
  @aiFunction({ name: "powershell", description: "Run PowerShell", inputSchema: z.object({ command: z.string() }) })
  async powershell(options: { command: string }) {
    return new Promise((resolve) => exec(\`powershell -Command "\${options.command}"\`, (e, out) => resolve(out))); // expect: permissions/unguarded-shell
  }
}
`,
      },
    },
  ],
});
