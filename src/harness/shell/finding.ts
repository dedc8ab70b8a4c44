/** How dangerous a command is, from reading files to wrecking the machine. */
export type ShellRisk = "read" | "write" | "execute" | "network" | "catastrophic" | "unknown";

/** One reason a command is not plainly read-only. */
export interface Finding {
  risk: ShellRisk;
  reason: string;
  /** Asks even in bypass mode: protected files, unparsable or obfuscated commands. */
  askInBypass?: boolean;
}

/** Where the command runs: the workspace, the home directory and the directories `cd` may move to. */
export interface ShellContext {
  workspace: string;
  home: string;
  cwds: string[];
}
