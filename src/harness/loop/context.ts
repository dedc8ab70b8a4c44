import type { BudgetLimits } from "../events/events.js";
import type { ModelClient } from "../model/client.js";
import type { PermissionEngine } from "../permissions/engine.js";
import type { Role } from "../roles/roles.js";
import type { Session } from "../session/session.js";
import type { Tool } from "../tools/define-tool.js";
import type { ToolRegistry } from "../tools/registry.js";

/** A person who answers `ask`: once, always (for this session), or no. */
export type Approver = (tool: Tool, input: unknown, reason: string) => Promise<"once" | "always" | "deny">;

/** Everything one agent loop runs with. */
export interface LoopContext {
  session: Session;
  model: ModelClient;
  /** Only the tools this agent may see: filtered by role and by permissions. */
  tools: ToolRegistry;
  permissions: PermissionEngine;
  role: Role;
  limits: BudgetLimits;
  signal: AbortSignal;
  approver: Approver | undefined;
  /** Builds the model for a sub-agent; absent below depth 0, which bounds spawning at one level. */
  subAgentModel: ((callId: string) => ModelClient) | undefined;
  startedAt: number;
}
