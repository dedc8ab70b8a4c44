import { z } from "zod";
import { globToRegExp } from "./glob.js";

/** Allow, deny and ask rules, each `tool` or `tool(pattern)`, e.g. `shell(npm test*)`, `write_file(src/**)`. */
export const PermissionRulesSchema = z.object({
  allow: z.array(z.string()).default([]),
  deny: z.array(z.string()).default([]),
  ask: z.array(z.string()).default([]),
});
export type PermissionRules = z.infer<typeof PermissionRulesSchema>;

/** One parsed rule. */
export interface Rule {
  readonly text: string;
  readonly tool: string;
  readonly pattern: RegExp | undefined;
  readonly patternText: string | undefined;
}

const RULE = /^([a-z][a-z0-9_]*|\*)(?:\((.*)\))?$/s;

/** Parses `tool` or `tool(pattern)`; a rule that does not parse is a configuration error. */
export function parseRule(text: string, kind: "path" | "command"): Rule {
  const m = RULE.exec(text.trim());
  if (!m?.[1]) throw new Error(`invalid permission rule: ${text}`);
  return { text, tool: m[1], pattern: m[2] === undefined ? undefined : globToRegExp(m[2], kind), patternText: m[2] };
}

/** Whether a rule covers a call of `tool` on `subject` (the path or command); a bare rule covers every call. */
export function ruleMatches(rule: Rule, tool: string, subject: string | undefined): boolean {
  if (rule.tool !== "*" && rule.tool !== tool) return false;
  if (!rule.pattern) return true;
  return subject !== undefined && rule.pattern.test(subject);
}

/** Whether a rule refuses a tool outright, whatever its input: such tools are hidden from the model. */
export function coversWholeTool(rule: Rule, tool: string): boolean {
  return (rule.tool === "*" || rule.tool === tool) && (rule.patternText === undefined || rule.patternText === "*" || rule.patternText === "**");
}
