import { existsSync } from "node:fs";
import { join } from "node:path";
import { stricterMode } from "../permissions/modes.js";
import { PermissionEngine } from "../permissions/engine.js";
import { ROLES, isRoleName, roleAllows } from "../roles/roles.js";
import { Session } from "../session/session.js";
import { ToolError } from "../tools/tool-error.js";
import { runAgent } from "./agent-loop.js";
import { beginRun } from "./begin.js";
import type { LoopContext } from "./context.js";

/**
 * Runs a sub-agent in its own session directory under the parent's. Its tools are the parent's visible tools
 * cut down to the role, its mode the stricter of the two, its rules the parent's: it can narrow, never widen.
 * Rerunning after a crash resumes its journal instead of starting over.
 */
export async function runSubAgent(parent: LoopContext, callId: string, roleName: string, task: string): Promise<string> {
  if (!parent.subAgentModel || parent.session.config.depth >= 1) throw new ToolError("sub-agents cannot spawn sub-agents (depth limit 1)");
  if (!isRoleName(roleName) || roleName === "general") throw new ToolError(`unknown sub-agent role: ${roleName}`);
  const role = ROLES[roleName];
  const pc = parent.session.config;
  const mode = stricterMode(pc.mode, role.mode ?? pc.mode);
  const dir = join(parent.session.dir, "agents", callId);
  const maxTurns = Math.max(1, Math.floor((parent.limits.maxTurns ?? 20) * role.turnShare));
  const spentTokens = parent.session.state.usage.input_tokens + parent.session.state.usage.output_tokens;
  const maxTokens = parent.limits.maxTokens === undefined ? undefined : Math.max(1, Math.floor((parent.limits.maxTokens - spentTokens) * role.tokenShare));
  const limits = { ...parent.limits, maxTurns, maxTokens };
  const permissions = new PermissionEngine({ mode, workspace: pc.workspace, rules: pc.permissions });
  const tools = parent.tools.filter((t) => t.name !== "spawn_agent" && roleAllows(role, t.name) && permissions.visible(t));
  const resuming = existsSync(join(dir, "session.json"));
  const session = resuming
    ? Session.open(dir)
    : Session.create(dir, { task, workspace: pc.workspace, mode, role: role.name, budget: limits, permissions: pc.permissions, model: parent.model.model, depth: 1 });
  session.bus.subscribe((event) => parent.session.bus.emit({ type: "agent_event", callId, event }));
  if (!resuming) await parent.session.emit({ type: "agent_spawned", callId, role: role.name, mode, tools: tools.list().map((t) => t.name), maxTurns });
  try {
    const model = parent.subAgentModel(callId);
    await beginRun(session, resuming, model.model, tools.list().map((t) => t.name));
    const reason = await runAgent({ ...parent, session, model, tools, permissions, role, limits, approver: undefined, subAgentModel: undefined });
    const child = session.state;
    if (!parent.session.state.agentsCharged.includes(callId)) {
      await parent.session.emit({ type: "agent_finished", callId, reason, usage: child.usage, costUsd: child.costUsd });
    }
    const last = child.messages.findLast((m) => m.role === "assistant");
    const text = last?.content.flatMap((b) => (b.type === "text" ? [b.text] : [])).join("\n") ?? "";
    return `${role.name} sub-agent ended (${reason}):\n${text}`;
  } finally {
    session.close();
  }
}
