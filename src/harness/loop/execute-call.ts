import type { ContentBlock } from "../events/events.js";
import { confine } from "../permissions/workspace.js";
import { SimulatedCrash } from "../session/session.js";
import { ToolError } from "../tools/tool-error.js";
import { capResult } from "../tools/truncate.js";
import { authorize } from "./authorize.js";
import type { LoopContext } from "./context.js";
import { runSubAgent } from "./sub-agent.js";

type ToolUse = Extract<ContentBlock, { type: "tool_use" }>;

/** Runs one tool call the model asked for: look up, validate, decide, run once, record. */
export async function executeCall(ctx: LoopContext, call: ToolUse): Promise<void> {
  const { session } = ctx;
  const refuse = (content: string) => session.emit({ type: "tool_result", callId: call.id, tool: call.name, content, isError: true });
  const key = `step:${call.id}`;
  const tool = ctx.tools.get(call.name);
  if (!tool) return refuse(`unknown tool: ${call.name}. Available tools: ${ctx.tools.list().map((t) => t.name).join(", ")}`);
  const parsed = tool.input.safeParse(call.input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(input)"}: ${i.message}`).join("; ");
    return refuse(`invalid input for ${tool.name}: ${issues}`);
  }
  const stepState = session.state.steps[key];
  if (stepState === "started" && !tool.idempotent) {
    return session.emit({ type: "tool_result", callId: call.id, tool: tool.name, key, isError: true, content: `interrupted: the harness stopped while ${tool.name} was running; its outcome is unknown. Check the current state before retrying.` });
  }
  if (stepState !== "started") {
    await session.emit({ type: "tool_requested", callId: call.id, tool: tool.name, input: parsed.data });
    const refusal = await authorize(ctx, tool, parsed.data, call.id);
    if (refusal !== undefined) return refuse(refusal);
    await session.emit({ type: "step_started", key, callId: call.id, tool: tool.name, idempotent: tool.idempotent });
  }
  const workspace = session.config.workspace;
  try {
    const output = await tool.run(parsed.data, {
      workspace,
      signal: ctx.signal,
      resolvePath: (p) => {
        const where = confine(workspace, p);
        if (!where.ok) throw new ToolError(where.reason);
        return where.real;
      },
      spawn: ctx.subAgentModel ? (role, task) => runSubAgent(ctx, call.id, role, task) : undefined,
    });
    const checked = tool.output.safeParse(output);
    if (!checked.success) throw new Error(`${tool.name} returned output that fails its schema`);
    await session.emit({ type: "tool_result", callId: call.id, tool: tool.name, key, content: capResult(checked.data), isError: false });
  } catch (error) {
    if (!(error instanceof ToolError)) {
      if (ctx.signal.aborted || error instanceof SimulatedCrash) throw error;
      await session.emit({ type: "error", where: `tool ${tool.name}`, message: error instanceof Error ? error.message : String(error) });
    }
    const message = error instanceof ToolError ? error.message : `internal error in ${tool.name}`;
    await session.emit({ type: "tool_result", callId: call.id, tool: tool.name, key, content: message, isError: true });
  }
}
