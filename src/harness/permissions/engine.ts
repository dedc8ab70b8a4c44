import { classifyCommand, type PermissionMode } from "../shell/classify.js";
import type { Tool } from "../tools/define-tool.js";
import { modeDecision } from "./modes.js";
import { protectedReason } from "./protected.js";
import { coversWholeTool, parseRule, ruleMatches, type PermissionRules, type Rule } from "./rules.js";
import { confine } from "./workspace.js";

/** A permission verdict and what made it: a rule (`deny:shell(rm *)`), a mode (`mode:plan`), or a guard. */
export interface Verdict {
  decision: "allow" | "ask" | "deny";
  by: string;
  reason: string;
}

/** Everything the engine needs; it holds no state but the grants a person gave for this session. */
export interface PermissionConfig {
  mode: PermissionMode;
  workspace: string;
  rules: PermissionRules;
  home?: string;
}

/** The string a call is judged on: its path or command, per the tool's declaration. */
export function subjectOf(tool: Tool, input: unknown): string | undefined {
  const field = tool.subjectField;
  if (!field || typeof input !== "object" || input === null) return undefined;
  const value: unknown = Reflect.get(input, field);
  return typeof value === "string" ? value : undefined;
}

/** The single decision point every tool call passes before its handler runs. Deny always wins. */
export class PermissionEngine {
  readonly #allow: Rule[];
  readonly #deny: Rule[];
  readonly #ask: Rule[];

  constructor(
    readonly config: PermissionConfig,
    readonly grants: Set<string> = new Set(),
  ) {
    const kind = (r: string) => (r.startsWith("shell") ? "command" : "path");
    this.#allow = config.rules.allow.map((r) => parseRule(r, kind(r)));
    this.#deny = config.rules.deny.map((r) => parseRule(r, kind(r)));
    this.#ask = config.rules.ask.map((r) => parseRule(r, kind(r)));
  }

  /** Whether the model may see the tool at all: a tool denied outright, or by the mode, is hidden. */
  visible(tool: Tool): boolean {
    if (this.#deny.some((r) => coversWholeTool(r, tool.name))) return false;
    return this.config.mode !== "plan" || tool.readOnly;
  }

  /** Decides one call. The order is the policy: deny rules, mode, confinement and hard denies, then ask, then allow. */
  decide(tool: Tool, input: unknown): Verdict {
    let subject = subjectOf(tool, input);
    const denied = this.#deny.find((r) => ruleMatches(r, tool.name, subject));
    if (denied) return { decision: "deny", by: `deny:${denied.text}`, reason: "a deny rule matches" };
    if (this.config.mode === "plan" && !tool.readOnly) return { decision: "deny", by: "mode:plan", reason: "plan mode allows read-only tools only" };

    let guard: Verdict | undefined;
    if (tool.pathField && subject !== undefined) {
      const where = confine(this.config.workspace, subject);
      if (!where.ok) return { decision: "deny", by: "workspace", reason: where.reason };
      subject = where.relative;
      const why = protectedReason(where.relative, tool.readOnly ? "read" : "write");
      if (why) guard = { decision: "ask", by: "protected", reason: why };
      const deniedPath = this.#deny.find((r) => ruleMatches(r, tool.name, subject));
      if (deniedPath) return { decision: "deny", by: `deny:${deniedPath.text}`, reason: "a deny rule matches" };
    }
    let gate: Verdict | undefined;
    if (tool.name === "shell" && subject !== undefined) {
      const v = classifyCommand(subject, { mode: this.config.mode, workspace: this.config.workspace, home: this.config.home });
      gate = { decision: v.decision, by: "shell-gate", reason: `${v.risk}: ${v.reasons.join("; ")}` };
      if (v.decision === "deny") return gate;
    }
    const asked = this.#ask.find((r) => ruleMatches(r, tool.name, subject));
    if (asked) return { decision: "ask", by: `ask:${asked.text}`, reason: "an ask rule matches" };
    if (guard) return guard;
    // A shell allow rule lifts an ask only for one plain command: `shell(npm test*)` must not allow `npm test; rm -rf x`.
    const liftable = tool.name !== "shell" || (subject !== undefined && PLAIN_COMMAND.test(subject));
    const allowed = liftable ? this.#allow.find((r) => ruleMatches(r, tool.name, subject)) : undefined;
    if (allowed) return { decision: "allow", by: `allow:${allowed.text}`, reason: "an allow rule matches" };
    if (this.grants.has(grantKey(tool.name, subject))) return { decision: "allow", by: "grant", reason: "allowed earlier in this session" };
    if (gate) return gate;
    const decision = modeDecision(this.config.mode, tool);
    return { decision, by: `mode:${this.config.mode}`, reason: `${tool.risk} tool in ${this.config.mode} mode` };
  }
}

/** One simple command: no chaining, pipes, substitution, redirection, quoting or expansion. */
const PLAIN_COMMAND = /^[\w./:=,@%+-]+(?: +[\w./:=,@%+-]+)*$/;

/** The key a person's "always allow" is remembered under. */
export function grantKey(tool: string, subject: string | undefined): string {
  return subject === undefined ? tool : `${tool}(${subject})`;
}
