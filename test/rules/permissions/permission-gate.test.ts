import rule from "../../../src/rules/permissions/permission-gate.js";
import { ruleTester } from "../../support/rule-tester.js";

const tool = `export const edit = { name: "edit_file", description: "Edit a file", parameters: { type: "object" }, execute: async () => "ok" };\n`;

ruleTester(rule, {
  valid: [
    {
      name: "no tools, a confirm dialog in the UI",
      files: {
        "src/ui.ts": `export async function onQuit(confirm: (q: string) => Promise<boolean>, run: () => void) {
  if (await confirm("Quit?")) run();
}
`,
      },
    },
    {
      name: "tools run with no decision",
      files: {
        "src/tools.ts": tool,
        "src/loop.ts": `import { edit } from "./tools.js";
export async function runTool(input: unknown) { return edit.execute(); }
`,
      },
    },
    {
      name: "a permission policy only in examples",
      files: {
        "src/tools.ts": tool,
        "examples/gate.ts": `export async function runToolCall(tool: { execute(): Promise<string> }, policy: { check(n: string): Promise<string> }) {
  if ((await policy.check("edit_file")) !== "allow") return "denied";
  return tool.execute();
}
`,
      },
    },
    {
      name: "UI notification hooks around the tool call (not awaited, result unused) are not gates",
      files: {
        "src/tools.ts": tool,
        "src/agent.ts": `import { edit } from "./tools.js";
export function runTool(options: { onToolStart(id: string): void; onToolComplete(id: string, r: string): void }, id: string) {
  options.onToolStart(id);
  const result = edit.execute();
  options.onToolComplete(id, "ok");
  return result;
}
`,
      },
    },
    {
      name: "an interrupt() that is not LangGraph's",
      files: {
        "src/tools.ts": tool,
        "src/worker.ts": `export function stop(worker: { interrupt(reason: string): void }) {
  interrupt("shutting down");
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "Claude Agent SDK runs: a PreToolUse hook on file edits, and a canUseTool callback",
      files: {
        "src/edit-agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";
export async function edit(prompt: string) {
  const options = { allowedTools: ["Read", "Write"], maxTurns: 20, hooks: { PreToolUse: [{ matcher: "Write|Edit", hooks: [checkPath] }] } };
  for await (const m of query({ prompt, options })) if (m.type === "result") return m.result; // expect: permissions/permission-gate
}
`,
        "src/ask-agent.ts": `import { query } from "@anthropic-ai/claude-agent-sdk";
export async function ask(prompt: string) {
  const options = { maxTurns: 20, canUseTool: async (tool: string, input: unknown) => askUser(tool, input) };
  for await (const m of query({ prompt, options })) if (m.type === "result") return m.result; // expect: permissions/permission-gate
}
`,
      },
    },
    {
      name: "a pipeline that checks the policy, then runs the callback it wraps",
      files: {
        "src/tools.ts": tool,
        "src/pipeline.ts": `export async function runChecked(command: string, run: (rt: { command: string; conn: unknown }) => Promise<string>) {
  const verdict = await checkPolicyAndApprove(command); // expect: permissions/permission-gate
  if (verdict.decision === "deny") throw new Error("denied");
  return run({ command, conn: verdict.conn });
}
`,
      },
    },
    {
      name: "central executor asks canUseTool before the handler (Claude Agent SDK style)",
      files: {
        "src/tools.ts": tool,
        "src/executor.ts": `export async function executeToolCall(call: { name: string; input: unknown }, ctx: { canUseTool(n: string, i: unknown): Promise<{ behavior: string }>; tools: Map<string, { execute(i: unknown): Promise<string> }> }) {
  const decision = await ctx.canUseTool(call.name, call.input); // expect: permissions/permission-gate
  if (decision.behavior !== "allow") return { denied: true };
  return ctx.tools.get(call.name)?.execute(call.input);
}
`,
      },
    },
    {
      name: "decision in a tool-call preparation step, executed by the caller (cline style)",
      files: {
        "src/tools.ts": tool,
        "src/runtime.ts": `export class AgentRuntime {
  constructor(private readonly config: { requestToolApproval(call: unknown): Promise<{ approved: boolean }> }) {}
  async prepareToolCall(call: { toolName: string }) {
    const approval = await this.config.requestToolApproval(call); // expect: permissions/permission-gate
    return approval.approved ? call : undefined;
  }
}
`,
      },
    },
    {
      name: "per-tool needsApproval and a blocking pre-tool hook",
      files: {
        "src/tools.ts": `import { tool } from "@openai/agents";
import { z } from "zod";
export const refund = tool({ // expect: permissions/permission-gate
  name: "refund",
  description: "Refund an order",
  parameters: z.object({ id: z.string() }),
  needsApproval: async (_ctx, { id }) => id.startsWith("big-"),
  execute: async ({ id }) => id,
});
`,
        "src/loop.ts": `export async function step(hooks: { beforeToolCall(c: unknown): Promise<{ block?: boolean }> }, tool: { execute(i: unknown): Promise<string> }, input: unknown) {
  const res = await hooks.beforeToolCall(input); // expect: permissions/permission-gate
  if (res.block) return "blocked";
  return tool.execute(input);
}
`,
      },
    },
    {
      name: "the loop asks the user to confirm a dangerous tool before running it",
      files: {
        "src/tools.ts": tool,
        "src/agent.ts": `import { edit } from "./tools.js";
async function userConfirmsTool(): Promise<boolean> { return (await rl.question("Confirm execution? [y/N] ")) === "y"; }
export async function runTool(name: string) {
  if (dangerousTools.has(name) && !(await userConfirmsTool())) return "denied"; // expect: permissions/permission-gate
  return edit.execute();
}
`,
      },
    },
    {
      name: "LangGraph human-in-the-loop: the graph interrupts for approval before the tool call",
      files: {
        "src/tools.ts": tool,
        "src/middleware/hitl.ts": `import { interrupt } from "@langchain/langgraph";
export function approveToolCalls(calls: ToolCall[]) {
  const decisions = interrupt({ actionRequests: calls, allowedDecisions: ["approve", "edit", "reject"] }); // expect: permissions/permission-gate
  return calls.filter((c, i) => decisions[i]?.type !== "reject");
}
`,
      },
    },
  ],
});
