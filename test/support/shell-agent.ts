import type { FileMap } from "./in-memory.js";

/**
 * A small agent whose bash tool passes the model's command to execSync unguarded, in a repository that
 * has enough other permission signals (modes, an approval on one tool, path containment) for the
 * `permissions/unguarded-shell` penalty to show in the score. `directive` goes on the line before the call.
 */
export function shellAgent(directive = ""): FileMap {
  const bash = directive ? `    case "bash":\n      ${directive}\n` : `    case "bash":\n`;
  return {
    "package.json": JSON.stringify({ name: "shell-agent", type: "module", dependencies: { "@anthropic-ai/sdk": "^0.60.0" } }),
    "src/policy.ts": `export type PermissionMode = "plan" | "default" | "acceptEdits";
export type Decision = "allow" | "deny" | "ask";
`,
    "src/workspace.ts": `import path from "node:path";

/** Resolves a model-supplied path inside the workspace, or throws. */
export function resolveInWorkspace(root: string, requested: string): string {
  const resolved = path.resolve(root, requested);
  const relative = path.relative(root, resolved);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new Error(\`Path \${requested} is outside the workspace\`);
  }
  return resolved;
}
`,
    "src/tools.ts": `import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolveInWorkspace } from "./workspace.js";

export const tools = [
  { name: "bash", description: "Run a shell command", input_schema: { type: "object" as const, properties: { command: { type: "string" } } } },
  { name: "read_file", description: "Read a file", needsApproval: true, input_schema: { type: "object" as const, properties: { path: { type: "string" } } } },
];

export async function runTool(name: string, input: unknown): Promise<string> {
  const args = input as { command?: string; path?: string };
  switch (name) {
${bash}      return execSync(args.command ?? "").toString();
    case "read_file":
      return readFileSync(resolveInWorkspace(process.cwd(), args.path ?? ""), "utf8");
    default:
      return "unknown tool";
  }
}
`,
  };
}
