/*
 * Shell command classifier: the command is parsed with a real Bash parser (parse.ts); catastrophic
 * patterns are looked for first and deny in every mode (catastrophic.ts, destructive.ts); then every
 * simple command, redirection and expansion yields findings (assess.ts, paths.ts). No finding means
 * read-only: allowed in every mode. Otherwise plan denies, default and accept-edits ask, and bypass
 * allows unless a finding cannot be judged before it runs (unparsable, obfuscated, protected files).
 */
import { homedir } from "node:os";
import { posix } from "node:path";
import { assessProgram } from "./assess.js";
import { catastrophicText, findCatastrophic } from "./catastrophic.js";
import type { Finding, ShellContext, ShellRisk } from "./finding.js";
import { parseShell, type ParsedShell, type ShellCommand } from "./parse.js";
import { expandBraces } from "./braces.js";
import { unwrap } from "./destructive.js";
import { readProblems, writeProblems } from "./paths.js";
import { INTERPRETERS, READ_ONLY, SHELLS, lookup } from "./programs.js";
import { BRACE_REASON, type ShellWord } from "./words.js";

export type { ShellRisk } from "./finding.js";
export type PermissionMode = "plan" | "default" | "accept-edits" | "bypass";
export type ShellDecision = "allow" | "ask" | "deny";

/** The classifier's answer for one command line. */
export interface ShellVerdict {
  decision: ShellDecision;
  risk: ShellRisk;
  reasons: string[];
}

/** Permission mode and the directories that paths are judged against. */
export interface ClassifyOptions {
  mode: PermissionMode;
  workspace: string;
  home?: string;
}

const MAX_LENGTH = 10_000;
const MAX_COMMANDS = 50;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/;
const INVISIBLE = /[\u0085\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;
const RISK_ORDER: ShellRisk[] = ["read", "unknown", "write", "network", "execute", "catastrophic"];
const WRITE_OPS = new Set([">", ">>", ">|", "&>", "&>>", "<>"]);
const RUNTIME_VARIABLES = /^(PATH|LD_.*|DYLD_.*|BASH_ENV|ENV|PROMPT_COMMAND|IFS|PS4|SHELLOPTS|BASHOPTS|NODE_OPTIONS|PYTHON.*|PERL5.*|RUBYOPT|GIT_.*|EDITOR|VISUAL|PAGER|HOME|ZDOTDIR)$/;
// Harmless to print: no secrets, and programs whose operands are text (echo, basename) do not act on them.
const PRINTABLE_VARIABLE = /^parameter expansion \$(\?|#|PWD|OLDPWD|HOME|USER|LOGNAME|SHELL|PATH|LANG|LC_ALL|TERM|OSTYPE|HOSTNAME|HOSTTYPE|NODE_ENV|SHLVL|BASH_VERSION|ZSH_VERSION|VIRTUAL_ENV|GOPATH|JAVA_HOME)$/;
const OBFUSCATION = /^(ANSI-C|\$IFS|brace expansion)/;

function codePoint(match: RegExpMatchArray | null): string {
  const char = match?.[0] ?? "";
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function wordFindings(word: ShellWord): Finding[] {
  return word.expansions.map((reason) => ({
    risk: reason.startsWith("command") || reason.startsWith("process") ? "execute" : "unknown",
    reason,
    askInBypass: OBFUSCATION.test(reason),
  }));
}

/** Commands that bypass mode still asks about: their effect cannot be known before they run. */
function unknowableEffects(command: ShellCommand, context: ShellContext): Finding[] {
  const words = command.argv.map((w) => w.value ?? "$?");
  const [name = "", ...args] = unwrap(words);
  const dynamic = args.some((a) => a.includes("$?"));
  if (name === "rm" && args.some((a) => /^-[^-]*[rR]|^--recursive$/.test(a))) {
    const targets = args.filter((a) => !a.startsWith("-"));
    if (dynamic || targets.some((t) => readProblems(t, false, context).length > 0)) {
      return [{ risk: "write", reason: "recursive delete of a path outside the workspace or computed at run time", askInBypass: true }];
    }
  }
  if (dynamic && (SHELLS.has(name) || lookup(INTERPRETERS, name) !== undefined || ["eval", "source", "."].includes(name))) {
    return [{ risk: "execute", reason: "runs code computed at run time", askInBypass: true }];
  }
  return [];
}

function commandFindings(command: ShellCommand, context: ShellContext): Finding[] {
  const found: Finding[] = unknowableEffects(command, context);
  for (const assign of command.assigns) {
    found.push(RUNTIME_VARIABLES.test(assign.name)
      ? { risk: "execute", reason: `sets ${assign.name}, which changes what runs` }
      : { risk: "unknown", reason: `variable assignment ${assign.name}=` });
    if (assign.value) found.push(...wordFindings(assign.value));
  }
  const [program, ...args] = command.argv;
  if (!program) return found;
  const printsOnly = lookup(READ_ONLY, program.value ?? "")?.noPaths === true;
  // Brace expansion in an argument only makes more arguments, each checked below; as a program name it is a trick.
  const braceOnly = (w: ShellWord): boolean => w !== program && w.expansions.length === 1 && w.expansions[0] === BRACE_REASON && !/\{[^{}]*\.\.[^{}]*\}/.test(w.shape);
  for (const word of command.argv) {
    if (braceOnly(word)) continue;
    found.push(...wordFindings(word).filter((f) => !(printsOnly && PRINTABLE_VARIABLE.test(f.reason))));
  }
  let name = program.value ?? program.shape;
  if (program.value === null) found.push({ risk: "execute", reason: "program name comes from an expansion", askInBypass: true });
  else if (program.quoted) found.push({ risk: "unknown", reason: `quoted or escaped program name '${name}'`, askInBypass: true });
  if (name.includes("/")) {
    if (/^\/(usr\/)?s?bin\/[^/]+$/.test(name)) name = posix.basename(name);
    else return [...found, { risk: "execute", reason: `runs ${name} from a path` }];
  }
  const words = args.flatMap((w) => (braceOnly(w) ? expandBraces(w.shape) : [w.value ?? w.shape]));
  return [...found, ...assessProgram(name, words, context)];
}

function shellFindings(shell: ParsedShell, context: ShellContext): Finding[] {
  const found: Finding[] = shell.constructs.map((reason) => ({ risk: /function|background|coprocess|substitution/.test(reason) ? "execute" : "unknown", reason }));
  if (shell.commands.length > MAX_COMMANDS) found.push({ risk: "unknown", reason: `more than ${MAX_COMMANDS} subcommands`, askInBypass: true });
  for (const command of shell.commands) found.push(...commandFindings(command, context));
  for (const redirect of shell.redirects) {
    const target = redirect.target;
    found.push(...wordFindings(target));
    if (WRITE_OPS.has(redirect.op) || (redirect.op === ">&" && !/^([0-9]+-?|-)$/.test(target.shape))) {
      found.push(...writeProblems(target.shape, context));
      if (target.value === null) found.push({ risk: "write", reason: "writes to a file named at run time", askInBypass: true });
    }
    else if (redirect.op === "<") found.push(...readProblems(target.shape, target.glob, context));
    else if (redirect.op === "?") found.push({ risk: "unknown", reason: "unrecognized redirection" });
  }
  return found;
}

function analyze(command: string, context: ShellContext): Finding[] {
  if (command.length > MAX_LENGTH) {
    return [...catastrophicText(command), { risk: "unknown", reason: `command longer than ${MAX_LENGTH} characters`, askInBypass: true }];
  }
  const found: Finding[] = [];
  if (CONTROL.test(command)) found.push({ risk: "unknown", reason: `control character ${codePoint(command.match(CONTROL))}`, askInBypass: true });
  if (INVISIBLE.test(command)) found.push({ risk: "unknown", reason: `unicode whitespace or invisible character ${codePoint(command.match(INVISIBLE))}`, askInBypass: true });
  const parsed = parseShell(command);
  if (!parsed.ok) return [...found, ...catastrophicText(command), { risk: "unknown", reason: parsed.reason, askInBypass: true }];
  return [...found, ...findCatastrophic(parsed.shell, context), ...shellFindings(parsed.shell, context)];
}

function verdict(findings: Finding[], mode: PermissionMode): ShellVerdict {
  const catastrophic = findings.filter((f) => f.risk === "catastrophic");
  if (catastrophic.length > 0) return { decision: "deny", risk: "catastrophic", reasons: unique(catastrophic) };
  if (findings.length === 0) return { decision: "allow", risk: "read", reasons: ["read-only command"] };
  const risk = findings.reduce<ShellRisk>((top, f) => (RISK_ORDER.indexOf(f.risk) > RISK_ORDER.indexOf(top) ? f.risk : top), "read");
  const reasons = unique(findings);
  if (mode === "plan") return { decision: "deny", risk, reasons: ["plan mode runs only read-only commands", ...reasons] };
  if (mode === "bypass" && !findings.some((f) => f.askInBypass)) return { decision: "allow", risk, reasons };
  return { decision: "ask", risk, reasons };
}

function unique(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.reason))];
}

/** Decides allow / ask / deny for one shell command line. Never throws. */
export function classifyCommand(command: string, options: ClassifyOptions): ShellVerdict {
  try {
    const workspace = posix.resolve(options.workspace);
    const context: ShellContext = { workspace, home: posix.resolve(options.home ?? homedir()), cwds: [workspace] };
    return verdict(analyze(command, context), options.mode);
  } catch (error) {
    const reason = `classifier error: ${error instanceof Error ? error.message : String(error)}`;
    return { decision: options.mode === "plan" ? "deny" : "ask", risk: "unknown", reasons: [reason] };
  }
}
