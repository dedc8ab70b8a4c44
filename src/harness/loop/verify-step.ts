import type { LoopContext } from "./context.js";

const EDIT_TOOLS = new Set(["write_file", "edit_file"]);

/**
 * After a turn whose edits succeeded, runs the session's verify command once (through the shell gate) and
 * shows the model the outcome. Returns whether it recorded anything.
 */
export async function runVerifyStep(ctx: LoopContext): Promise<boolean> {
  const { session } = ctx;
  const command = session.config.verify;
  const state = session.state;
  const last = state.messages[state.messages.length - 1];
  if (command === undefined || last?.role !== "user" || state.turns === 0) return false;
  const edited = last.content.some((b) => b.type === "tool_result" && !b.is_error && state.messages[state.messages.length - 2]?.content.some((u) => u.type === "tool_use" && u.id === b.tool_use_id && EDIT_TOOLS.has(u.name)));
  const key = `verify:${state.turns}`;
  if (!edited || state.steps[key] === "completed") return false;
  const turn = state.turns;
  const shell = ctx.tools.get("shell");
  const verdict = shell ? ctx.permissions.decide(shell, { command }) : { decision: "deny", by: "role", reason: "no shell tool in this role" };
  let ok = false;
  let output = `verify command refused (${verdict.by}): ${verdict.reason}`;
  if (state.steps[key] === "started") output = "verify step interrupted; outcome unknown";
  else if (shell && verdict.decision === "allow") {
    await session.emit({ type: "step_started", key, callId: key, tool: "shell", idempotent: false });
    output = await shell.run({ command }, { workspace: session.config.workspace, signal: ctx.signal, resolvePath: (p) => p });
    ok = output.startsWith("exit 0\n");
  }
  await session.emit({ type: "verify_result", turn, command, ok, output });
  return true;
}
