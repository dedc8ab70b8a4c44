// Deterministic generator of agent-like TypeScript for the benchmark (seeded PRNG, no I/O here).

/** mulberry32: a small seeded PRNG, so the same seed gives the same corpus. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ["file", "session", "budget", "tool", "shell", "patch", "search", "memory", "plan", "turn", "event", "token", "journal", "policy", "agent", "repo", "task", "cache"];
const VERBS = ["read", "write", "list", "run", "apply", "load", "save", "check", "count", "emit", "resolve", "compact", "spawn", "verify", "parse", "format"];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function name(rand) {
  const verb = pick(rand, VERBS);
  const noun = pick(rand, NOUNS);
  return `${verb}${noun[0].toUpperCase()}${noun.slice(1)}`;
}

function toolFile(rand, i) {
  const out = [`import { z } from "zod";`, `import { tool } from "ai";`, `import { readFile } from "node:fs/promises";`, ""];
  const count = 3 + Math.floor(rand() * 6);
  for (let t = 0; t < count; t++) {
    const n = `${name(rand)}${i}_${t}`;
    out.push(
      `export const ${n} = tool({`,
      `  description: "${pick(rand, VERBS)} a ${pick(rand, NOUNS)} in the workspace",`,
      `  inputSchema: z.object({ path: z.string(), limit: z.number().int().optional(), recursive: z.boolean().default(false) }),`,
      `  execute: async ({ path, limit }) => {`,
      `    if (!path.startsWith("/workspace")) throw new Error("outside the workspace: " + path);`,
      `    const text = await readFile(path, "utf8");`,
      `    const lines = text.split("\\n").slice(0, limit ?? ${50 + t});`,
      `    for (const line of lines) {`,
      `      if (line.length > ${100 + t}) continue;`,
      `    }`,
      `    return { path, lines: lines.length, preview: lines.slice(0, 3).join("\\n") };`,
      `  },`,
      `});`,
      "",
    );
  }
  return out;
}

function loopFile(rand, i) {
  const max = 10 + Math.floor(rand() * 40);
  const out = [
    `import Anthropic from "@anthropic-ai/sdk";`,
    `import { EventEmitter } from "node:events";`,
    "",
    `type AgentEvent = { type: "turn"; n: number } | { type: "tool"; name: string } | { type: "done"; tokens: number };`,
    "",
    `export class Runner${i} extends EventEmitter {`,
    `  private tokens = 0;`,
    `  private readonly maxTurns = ${max};`,
    `  constructor(private readonly client: Anthropic, private readonly tools: Map<string, (input: unknown) => Promise<string>>) {`,
    `    super();`,
    `  }`,
    "",
    `  async run(prompt: string): Promise<string> {`,
    `    const messages: Anthropic.MessageParam[] = [{ role: "user", content: prompt }];`,
    `    for (let turn = 0; turn < this.maxTurns; turn++) {`,
    `      this.emit("event", { type: "turn", n: turn } satisfies AgentEvent);`,
    `      const response = await this.client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 4096, messages });`,
    `      this.tokens += response.usage.input_tokens + response.usage.output_tokens;`,
    `      if (this.tokens > ${100_000 + i}) throw new Error("token budget exceeded");`,
    `      const uses = response.content.filter((b) => b.type === "tool_use");`,
    `      if (uses.length === 0) return response.content.map((b) => (b.type === "text" ? b.text : "")).join("");`,
    `      for (const use of uses) {`,
    `        const handler = this.tools.get(use.name);`,
    `        const result = handler ? await handler(use.input) : "unknown tool " + use.name;`,
    `        messages.push({ role: "user", content: [{ type: "tool_result", tool_use_id: use.id, content: result }] });`,
    `      }`,
    `    }`,
    `    this.emit("event", { type: "done", tokens: this.tokens } satisfies AgentEvent);`,
    `    return "max turns";`,
    `  }`,
  ];
  const helpers = 4 + Math.floor(rand() * 10);
  for (let h = 0; h < helpers; h++) {
    out.push(
      "",
      `  private ${name(rand)}${h}(items: readonly string[], depth = ${h}): string[] {`,
      `    const seen = new Set<string>();`,
      `    const result: string[] = [];`,
      `    for (const item of items) {`,
      `      if (seen.has(item) || depth > ${h + 3}) continue;`,
      `      seen.add(item);`,
      `      switch (item.charAt(0)) {`,
      `        case "a": result.push(item.toUpperCase()); break;`,
      `        case "b": result.push(item.slice(1)); break;`,
      `        default: result.push(\`\${item}-\${depth}\`);`,
      `      }`,
      `    }`,
      `    return result.sort((x, y) => x.localeCompare(y));`,
      `  }`,
    );
  }
  out.push("}", "");
  return out;
}

function utilFile(rand, i) {
  const out = [`// Utilities for module ${i}.`, ""];
  const count = 6 + Math.floor(rand() * 12);
  for (let f = 0; f < count; f++) {
    const n = `${name(rand)}${f}`;
    out.push(
      `export interface ${n[0].toUpperCase()}${n.slice(1)}Options {`,
      `  retries?: number;`,
      `  timeoutMs?: number;`,
      `  signal?: AbortSignal;`,
      `}`,
      "",
      `export async function ${n}(input: string, options: ${n[0].toUpperCase()}${n.slice(1)}Options = {}): Promise<string | undefined> {`,
      `  const retries = options.retries ?? ${f % 4};`,
      `  for (let attempt = 0; attempt <= retries; attempt++) {`,
      `    try {`,
      `      const value = await Promise.race([Promise.resolve(input.trim()), new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), options.timeoutMs ?? 1000))]);`,
      `      if (value.length > 0) return value;`,
      `    } catch (error) {`,
      `      if (options.signal?.aborted) throw error;`,
      `    }`,
      `  }`,
      `  return undefined;`,
      `}`,
      "",
    );
  }
  return out;
}

function testFile(rand, i) {
  const out = [`import { describe, expect, it } from "vitest";`, `import { checkPolicy } from "../src/policy-${i}.js";`, "", `describe("policy ${i}", () => {`];
  const count = 5 + Math.floor(rand() * 10);
  for (let c = 0; c < count; c++) {
    out.push(
      `  it("denies ${pick(rand, NOUNS)} case ${c}", () => {`,
      `    const decision = checkPolicy({ tool: "${pick(rand, ["shell", "write_file", "read_file"])}", input: { command: "rm -rf /${c}" } });`,
      `    expect(decision.kind).toBe("${pick(rand, ["deny", "ask", "allow"])}");`,
      `    expect(decision.reasons).toHaveLength(${c % 3});`,
      `  });`,
      "",
    );
  }
  out.push("});", "");
  return out;
}

function scriptFile(rand, i) {
  const out = [`import { spawn } from "node:child_process";`, ""];
  const count = 4 + Math.floor(rand() * 8);
  for (let f = 0; f < count; f++) {
    out.push(
      `export function ${name(rand)}${i}_${f}(command, args = []) {`,
      `  return new Promise((resolve, reject) => {`,
      `    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });`,
      `    let output = "";`,
      `    child.stdout.on("data", (chunk) => { output += chunk; });`,
      `    child.on("error", reject);`,
      `    child.on("close", (code) => (code === ${f % 2} ? resolve(output) : reject(new Error(\`exit \${code}\`))));`,
      `  });`,
      `}`,
      "",
    );
  }
  return out;
}

const SHAPES = [
  { dir: "src/tools", ext: "ts", make: toolFile },
  { dir: "src/agent", ext: "ts", make: loopFile },
  { dir: "src/util", ext: "ts", make: utilFile },
  { dir: "test", ext: "test.ts", make: testFile },
  { dir: "src/ui", ext: "tsx", make: utilFile },
  { dir: "scripts", ext: "mjs", make: scriptFile },
];

/** The corpus as [relative path, text] pairs: `files` files of about `linesPerFile` lines each. */
export function* generateCorpus(seed, files, linesPerFile) {
  const rand = prng(seed);
  for (let i = 0; i < files; i++) {
    const shape = SHAPES[i % SHAPES.length];
    const lines = [];
    let part = 0;
    while (lines.length < linesPerFile * (0.5 + rand())) lines.push(...shape.make(rand, i * 100 + part++));
    yield [`pkg${i % 12}/${shape.dir}/${name(rand)}-${i}.${shape.ext}`, lines.join("\n")];
  }
}
