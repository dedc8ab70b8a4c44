export type PermissionMode = "plan" | "default" | "accept-edits" | "bypass";
export type ShellDecision = "allow" | "ask" | "deny";
export type ShellRisk = "read" | "write" | "execute" | "network" | "catastrophic" | "unknown";

export interface ShellVerdict {
  decision: ShellDecision;
  risk: ShellRisk;
  reasons: string[];
}

export interface ClassifyOptions {
  mode: PermissionMode;
  workspace: string;
  home?: string;
}

/** Decides allow / ask / deny for one shell command line. Never throws. */
export function classifyCommand(command: string, options: ClassifyOptions): ShellVerdict {
  const decision: ShellDecision = options.mode === "plan" ? "deny" : options.mode === "bypass" ? "allow" : "ask";
  void command;
  return { decision, risk: "unknown", reasons: ["classifier not implemented yet"] };
}
