import type { PermissionMode } from "../shell/classify.js";

/** A named agent role: which tools it may see, the mode it runs in at most, and its share of the parent's budget. */
export interface Role {
  name: "general" | "explore" | "plan" | "verify";
  tools: readonly string[] | "all";
  mode: PermissionMode | undefined;
  turnShare: number;
  tokenShare: number;
  instructions: string;
}

/** The four roles. Sub-agent roles never include spawn_agent, which bounds spawning at depth one. */
export const ROLES: Record<Role["name"], Role> = {
  general: { name: "general", tools: "all", mode: undefined, turnShare: 1, tokenShare: 1, instructions: "You are a careful coding agent working in the user's workspace." },
  explore: { name: "explore", tools: ["read_file", "list_files", "search"], mode: "plan", turnShare: 0.5, tokenShare: 0.25, instructions: "Explore the workspace with read-only tools and report what you find." },
  plan: { name: "plan", tools: ["read_file", "list_files", "search"], mode: "plan", turnShare: 0.5, tokenShare: 0.25, instructions: "Read what you need, change nothing, and answer with a numbered plan." },
  verify: { name: "verify", tools: ["read_file", "list_files", "search", "shell"], mode: "default", turnShare: 0.5, tokenShare: 0.25, instructions: "Run the project's checks and report whether they pass; change nothing." },
};

/** Type guard for a role name. */
export function isRoleName(name: string): name is Role["name"] {
  return Object.hasOwn(ROLES, name);
}

/** Whether a role may see a tool. */
export function roleAllows(role: Role, tool: string): boolean {
  return role.tools === "all" || role.tools.includes(tool);
}
