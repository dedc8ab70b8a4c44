import { grantKey, subjectOf } from "../permissions/engine.js";
import type { Tool } from "../tools/define-tool.js";
import type { LoopContext } from "./context.js";

/**
 * Asks the permission engine about one call, puts an `ask` to the person if there is one (no one to answer
 * counts as a denial), and records the decision with what made it. Returns the refusal text, if refused.
 */
export async function authorize(ctx: LoopContext, tool: Tool, input: unknown, callId: string): Promise<string | undefined> {
  const verdict = ctx.permissions.decide(tool, input);
  const subject = subjectOf(tool, input);
  let final: "allow" | "deny" = verdict.decision === "allow" ? "allow" : "deny";
  let reason = verdict.reason;
  let grant: string | undefined;
  if (verdict.decision === "ask") {
    const answer = ctx.approver ? await ctx.approver(tool, input, verdict.reason) : "deny";
    final = answer === "deny" ? "deny" : "allow";
    reason = ctx.approver ? `${verdict.reason}; person answered ${answer}` : `${verdict.reason}; ask with no one to answer counts as a denial`;
    if (answer === "always") grant = grantKey(tool.name, subject);
  }
  await ctx.session.emit({ type: "permission_decided", callId, tool: tool.name, subject, decision: verdict.decision, by: verdict.by, reason, final, grant });
  if (grant) ctx.permissions.grants.add(grant);
  return final === "deny" ? `permission denied (${verdict.by}): ${reason}` : undefined;
}
