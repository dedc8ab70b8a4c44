import { spawn } from "node:child_process";
import { z } from "zod";
import { defineTool } from "./define-tool.js";

const TIMEOUT_MS = 60_000;

function runShell(command: string, cwd: string, signal: AbortSignal): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", command], { cwd, signal, timeout: TIMEOUT_MS, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

/** Runs one shell command in the workspace, after the shell gate has classified it. */
export const shellTool = defineTool({
  name: "shell",
  description: "Run a shell command in the workspace root; returns its exit code and combined output.",
  input: z.object({ command: z.string().min(1) }),
  risk: "execute",
  source: "built-in",
  subjectField: "command",
  handler: async ({ command }, ctx) => {
    const { code, out } = await runShell(command, ctx.workspace, ctx.signal);
    return `exit ${code ?? "killed"}\n${out}`;
  },
});
