import { describe, expect, it } from "vitest";
import { auditMap } from "../../support/rule-tester.js";

const loop = (runTool: string): string => `import Anthropic from "@anthropic-ai/sdk";
import { execSync } from "node:child_process";
import * as readline from "node:readline/promises";

const client = new Anthropic();
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const tools: Anthropic.Tool[] = [
  { name: "bash", description: "Run a bash command", input_schema: { type: "object", properties: { command: { type: "string" } } } },
  { name: "read_file", description: "Read a file", input_schema: { type: "object", properties: { path: { type: "string" } } } },
];

${runTool}

export async function main(prompt: string) {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: prompt }];
  for (let turn = 0; turn < 10; turn++) {
    const response = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 2048, tools, messages });
    messages.push({ role: "assistant", content: response.content });
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type === "tool_use") results.push({ type: "tool_result", tool_use_id: block.id, content: await runTool(block.name, block.input as Input) });
    }
    if (results.length === 0) break;
    messages.push({ role: "user", content: results });
  }
}
`;

const unguarded = `type Input = { command?: string; path?: string };
async function runTool(name: string, input: Input): Promise<string> {
  switch (name) {
    case "bash":
      return execSync(input.command ?? "", { encoding: "utf8" });
    case "read_file":
      return readFileSync(input.path ?? "", "utf8");
    default:
      return "unknown tool";
  }
}`;

const confirmed = `type Input = { command?: string; path?: string };
async function runTool(name: string, input: Input): Promise<string> {
  if (name === "bash") {
    const ok = (await rl.question(\`Allow \${input.command}? (y/n) \`)).trim() === "y";
    if (!ok) return "denied by the user";
    return execSync(input.command ?? "", { encoding: "utf8" });
  }
  if (name === "read_file") return readFileSync(input.path ?? "", "utf8");
  return "unknown tool";
}`;

function statuses(files: Record<string, string>) {
  const r = auditMap(files);
  return {
    registry: r.score.pillars.registry.status,
    permissions: r.score.pillars.permissions.status,
    hazards: r.findings.filter((f) => f.pillar === "permissions" || f.pillar === "registry").map((f) => f.ruleId).sort(),
  };
}

describe("small agents get the statuses a reviewer would give", () => {
  it("an Anthropic loop with a bash tool run by execSync: tools declared, switch dispatch, shell unguarded", () => {
    expect(statuses({ "src/agent.ts": loop(unguarded) })).toEqual({
      registry: "partial",
      permissions: "absent",
      hazards: ["permissions/unguarded-shell", "registry/switch-dispatch"],
    });
  });

  it("the same loop asking the user before each command: a partial gate, no hazard", () => {
    const s = statuses({ "src/agent.ts": loop(confirmed) });
    expect(s.permissions).toBe("partial");
    expect(s.hazards).not.toContain("permissions/unguarded-shell");
  });

  it("a chatbot with no tools: both tool pillars absent, no hazard", () => {
    const s = statuses({
      "src/chat.ts": `import OpenAI from "openai";
const client = new OpenAI();
export async function chat(messages: OpenAI.ChatCompletionMessageParam[]) {
  const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
  return res.choices[0]?.message.content ?? "";
}
`,
    });
    expect(s).toEqual({ registry: "absent", permissions: "absent", hazards: [] });
  });

  it("tools looked up by name in a registry with a permission gate, modes and a shell parser: present", () => {
    const s = statuses({
      "src/registry.ts": `import type { Tool } from "./tool.js";
export class ToolRegistry {
  private readonly tools = new Map<string, Tool>();
  register(tool: Tool): void { this.tools.set(tool.name, tool); }
  get(name: string): Tool | undefined { return this.tools.get(name); }
  list(filter?: (t: Tool) => boolean): Tool[] { return [...this.tools.values()].filter(filter ?? (() => true)); }
}
`,
      "src/permissions.ts": `import { parse } from "shell-quote";
export type PermissionMode = "plan" | "default" | "acceptEdits" | "bypassPermissions";
export type Decision = "allow" | "deny" | "ask";
export function hasSubstitution(command: string): boolean { return parse(command).some((t) => typeof t === "object"); }
export function decide(mode: PermissionMode, tool: { readOnly: boolean }): Decision { return mode === "plan" && !tool.readOnly ? "deny" : "ask"; }
`,
      "src/executor.ts": `import { ToolRegistry } from "./registry.js";
import { checkPermission } from "./policy.js";
export async function runToolCall(registry: ToolRegistry, call: { name: string; input: unknown }) {
  const tool = registry.get(call.name);
  if (!tool) throw new Error("unknown tool");
  if ((await checkPermission(tool, call.input)) !== "allow") return "denied";
  return tool.execute(call.input);
}
`,
      "src/tools/shell.ts": `import { execSync } from "node:child_process";
import { z } from "zod";
export const shell = defineTool({
  name: "shell",
  description: "Run a shell command",
  input: z.object({ command: z.string() }),
  parameters: z.object({ command: z.string() }),
  readOnly: false,
  handler: async ({ command }: { command: string }) => execSync(command, { encoding: "utf8" }),
});
`,
    });
    expect(s).toEqual({ registry: "present", permissions: "present", hazards: [] });
  });
});
