import { z } from "zod";
import { defineTool } from "./define-tool.js";
import { ToolError } from "./tool-error.js";

/**
 * Starts a sub-agent in a named role. Every call the sub-agent makes passes the same permission engine in a
 * mode no wider than its parent's, so spawning adds no risk of its own: it is read-tier. Its own journal makes
 * a rerun resume it rather than repeat it, which is why it may be declared idempotent.
 */
export const spawnAgentTool = defineTool({
  name: "spawn_agent",
  description: "Delegate a task to a sub-agent in a role: explore (read-only), plan (read-only, returns a plan), verify (reads and runs checks).",
  input: z.object({ role: z.enum(["explore", "plan", "verify"]), task: z.string().min(1) }),
  risk: "read",
  readOnly: true,
  idempotent: true,
  source: "built-in",
  subjectField: "role",
  handler: async ({ role, task }, ctx) => {
    if (!ctx.spawn) throw new ToolError("sub-agents cannot spawn sub-agents (depth limit 1)");
    return ctx.spawn(role, task);
  },
});
