import type { PermissionMode } from "../shell/classify.js";
import type { Tool } from "../tools/define-tool.js";

/** The four permission modes of the contract. */
export const MODES: readonly PermissionMode[] = ["plan", "default", "accept-edits", "bypass"];

/** Type guard for a mode name from the command line or a scenario. */
export function isMode(value: string): value is PermissionMode {
  return MODES.some((m) => m === value);
}

/** What a mode says about a tool when no rule has spoken (shell commands go to the shell gate instead). */
export function modeDecision(mode: PermissionMode, tool: Tool): "allow" | "ask" | "deny" {
  if (tool.readOnly) return "allow";
  switch (mode) {
    case "plan":
      return "deny";
    case "default":
      return "ask";
    case "accept-edits":
      return tool.risk === "write" ? "allow" : "ask";
    case "bypass":
      return "allow";
  }
}

/** The stricter of two modes: a sub-agent can narrow its parent's mode, never widen it. */
export function stricterMode(a: PermissionMode, b: PermissionMode): PermissionMode {
  return MODES.indexOf(a) <= MODES.indexOf(b) ? a : b;
}
