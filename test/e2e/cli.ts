import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/** The repository root and the real bin the package ships. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = join(REPO, "bin/plumbline.js");

if (!existsSync(join(REPO, "dist/cli/run.js"))) {
  throw new Error("dist/ is missing: run `npm run build` before the end-to-end tests (`npm test` does)");
}

/** What one run of the CLI did. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/plumbline.js ...args` in a child process, without a TTY. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; stdin?: string } = {}): Promise<CliRun> {
  return new Promise((done) => {
    const env = cleanEnv(options.env);
    const child = execFile(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env, maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === "number" ? error.code : error ? -1 : 0;
      done({ code, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? "");
  });
}

/** The parent's environment without colour switches, plus the given variables. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return { ...env, ...extra };
}

const made: string[] = [];
afterAll(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Writes files under a fresh temp directory (removed after the file's tests) and returns it. */
export async function tempDir(files: Readonly<Record<string, string>> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "plumbline-e2e-"));
  made.push(root);
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, rel)), { recursive: true });
    await writeFile(join(root, rel), text);
  }
  return root;
}

/** A small agent in a common hobby style: an unbounded loop, a shell tool, a switch dispatch. */
export const TOY_AGENT: Readonly<Record<string, string>> = {
  "package.json": JSON.stringify({ name: "toy-agent", type: "module", dependencies: { "@anthropic-ai/sdk": "^0.60.0" } }),
  "src/index.ts": `import Anthropic from "@anthropic-ai/sdk";
import { runTool, tools } from "./tools.js";

const client = new Anthropic();

export async function chat(prompt: string): Promise<string> {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: prompt }];
  while (true) {
    const response = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
    messages.push({ role: "assistant", content: response.content });
    const uses = response.content.filter((b) => b.type === "tool_use");
    if (uses.length === 0) return response.content.map((b) => (b.type === "text" ? b.text : "")).join("");
    const results = [];
    for (const use of uses) {
      console.log("tool", use.name);
      results.push({ type: "tool_result" as const, tool_use_id: use.id, content: await runTool(use.name, use.input) });
    }
    messages.push({ role: "user", content: results });
  }
}
`,
  "src/tools.ts": `import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";

export const tools = [
  { name: "bash", description: "Run a shell command", input_schema: { type: "object" as const, properties: { command: { type: "string" } } } },
  { name: "read_file", description: "Read a file", input_schema: { type: "object" as const, properties: { path: { type: "string" } } } },
];

export async function runTool(name: string, input: unknown): Promise<string> {
  const args = input as { command?: string; path?: string };
  switch (name) {
    case "bash":
      return execSync(args.command ?? "").toString();
    case "read_file":
      return readFileSync(args.path ?? "", "utf8");
    default:
      return "unknown tool";
  }
}
`,
};

/** ANSI escape sequences (colours, cursor moves). */
export const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/;
