import type { Finding, ShellContext } from "./finding.js";
import { parseShell, type ParsedShell, type ShellCommand } from "./parse.js";
import { isCriticalTarget, isRawDisk, resolvePath } from "./paths.js";
import { FETCHERS, INTERPRETERS, SHELLS, lookup } from "./programs.js";
import { expandBraces } from "./braces.js";
import { destructiveUses, unwrap } from "./destructive.js";

const WRITE_TARGET_OPS = new Set([">", ">>", ">|", "&>", "&>>", ">&", "<>"]);
const NETWORK_DEVICE = /\/dev\/(tcp|udp)\/|\/inet\/(tcp|udp)\//;
const FORK_BOMB_TEXT = /(\S+)\s*\(\s*\)\s*\{[^}]*\1\s*\|\s*\1\s*&/;
const DECODERS = /^(base64|xxd|openssl|gunzip|zcat|rev|tr)$/;
const MAX_DEPTH = 3;

interface Step {
  command: ShellCommand;
  argv: string[];
  name: string;
}

/** Words as the shell would split them: known variables substituted, braces expanded, unquoted $IFS made a space. */
function normalizedArgv(command: ShellCommand, variables: ReadonlyMap<string, string>): string[] {
  return command.argv.flatMap((w) => {
    if (w.value !== null) return [w.value];
    const shape = w.shape.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, name: string) => variables.get(name) ?? all);
    return expandBraces(shape).flatMap((e) => e.split(" ").filter((p) => p !== ""));
  });
}

/** Static `NAME=value` assignments that stand alone, so `r=rm; $r -rf /` is seen as `rm -rf /`. */
function staticVariables(shell: ParsedShell): Map<string, string> {
  const variables = new Map<string, string>();
  for (const command of shell.commands) {
    if (command.argv.length > 0) continue;
    for (const assign of command.assigns) if (assign.value?.value != null) variables.set(assign.name, assign.value.value);
  }
  return variables;
}

function runsCode(name: string): boolean {
  return SHELLS.has(name) || lookup(INTERPRETERS, name) !== undefined || name === "eval" || name === "source" || name === ".";
}

function readsCodeFromStdin(argv: readonly string[]): boolean {
  const [name = "", ...args] = unwrap(argv);
  if (SHELLS.has(name)) return true;
  if (lookup(INTERPRETERS, name) === undefined) return false;
  return args.every((a) => a === "-" || (a.startsWith("-") && !["-c", "-e", "-m", "-E", "-r", "-p"].includes(a)));
}

/** Download targets: `curl -o F`, `wget -O F`, or a fetcher's `> F`. */
function downloadTargets(step: Step): string[] {
  if (!FETCHERS.has(step.name)) return [];
  const args = unwrap(step.argv).slice(1);
  const named = args.flatMap((a, i) => (/^(-o|--output|-O|--output-document)$/.test(a) ? [args[i + 1] ?? ""] : /^--output(-document)?=/.test(a) ? [a.slice(a.indexOf("=") + 1)] : []));
  const redirected = step.command.redirects.filter((r) => WRITE_TARGET_OPS.has(r.op)).map((r) => r.target.shape);
  return [...named, ...redirected].filter((t) => t !== "" && t !== "-" && t !== "/dev/null");
}

function pipelineReasons(steps: readonly Step[], context: ShellContext, nested: (source: string) => string[]): string[] {
  const fetchAt = steps.findIndex((s) => FETCHERS.has(s.name));
  const shellAt = steps.findIndex((s) => readsCodeFromStdin(s.argv));
  const decodeAt = steps.findIndex((s) => DECODERS.test(s.name));
  const reasons: string[] = [];
  if (shellAt >= 0 && fetchAt >= 0) reasons.push(fetchAt < shellAt ? "pipes a download into a shell" : "connects a shell to the network (reverse shell)");
  else if (shellAt > 0 && decodeAt >= 0 && decodeAt < shellAt) reasons.push("pipes a decoded payload into a shell");
  if (fetchAt >= 0 && steps.slice(fetchAt + 1).some((s) => s.command.argv.some((w) => w.innerPrograms.some((p) => SHELLS.has(p))))) {
    reasons.push("pipes a download into a shell");
  }
  steps.forEach((step, i) => {
    const producer = steps[i - 1];
    if (!producer || !/^(echo|printf|find)$/.test(producer.name)) return;
    const produced = producer.name === "find" ? producer.argv.slice(1).filter((a) => !a.startsWith("-")).slice(0, 1) : producer.argv.slice(1).filter((a) => !a.startsWith("-"));
    if (step.argv.some((a) => a.replace(/^.*\//, "") === "xargs")) {
      const [program = "", ...rest] = unwrap(step.argv);
      const args = rest.includes("{}") ? rest.flatMap((a) => (a === "{}" ? produced : [a])) : [...rest, ...produced];
      reasons.push(...destructiveUses([program, ...args], context, nested));
    }
    else if (readsCodeFromStdin(step.argv) && producer.name !== "find") reasons.push(...nested(produced.join(" ")));
  });
  return reasons;
}

/** Catastrophic patterns in a parsed command line: each entry is a reason to deny in every mode. */
export function findCatastrophic(shell: ParsedShell, context: ShellContext, depth = 0): Finding[] {
  const nested = (source: string): string[] => (depth < MAX_DEPTH ? catastrophicInSource(source, context, depth + 1) : []);
  const variables = staticVariables(shell);
  const reasons: string[] = [];
  const pipelines = new Map<number, Step[]>();
  const downloads: string[] = [];
  for (const command of shell.commands) {
    const argv = normalizedArgv(command, variables);
    const [name = "", ...args] = unwrap(argv);
    const step: Step = { command, argv, name };
    pipelines.set(command.pipeline, [...(pipelines.get(command.pipeline) ?? []), step]);
    reasons.push(...destructiveUses(argv, context, nested));
    if (name === "cd" || name === "pushd") {
      const resolved = resolvePath(args[0] ?? "~", context);
      if (resolved !== undefined) context.cwds.push(resolved);
    }
    if (runsCode(name)) {
      const words = [...command.argv, ...command.redirects.map((r) => r.target)];
      if (words.some((w) => w.innerPrograms.some((p) => FETCHERS.has(p.replace(/^.*\//, ""))))) reasons.push("runs a downloaded script");
      for (const r of command.redirects) if (r.body || r.op === "<<<") reasons.push(...nested((r.body ?? r.target).shape));
      if (args.some((a) => downloads.includes(a))) reasons.push("downloads a script and runs it");
    }
    if (downloads.includes(name) || downloads.includes(name.replace(/^\.\//, ""))) reasons.push("downloads a program and runs it");
    downloads.push(...downloadTargets(step));
    if (command.inFunction === name && (command.background || shell.commands.filter((c) => c.pipeline === command.pipeline).length > 1)) {
      reasons.push(`fork bomb: function '${name}' spawns copies of itself`);
    }
  }
  for (const steps of pipelines.values()) reasons.push(...pipelineReasons(steps, context, nested));
  for (const redirect of shell.redirects) {
    const target = redirect.target.shape;
    if (NETWORK_DEVICE.test(target)) reasons.push(`redirects to ${target} (reverse shell)`);
    else if (WRITE_TARGET_OPS.has(redirect.op) && !/^[0-9-]+$/.test(target) && (isRawDisk(target) || isCriticalTarget(target, context))) {
      reasons.push(`overwrites ${target}`);
    }
  }
  return [...new Set(reasons)].map((reason) => ({ risk: "catastrophic", reason }));
}

/** Parses nested shell source (`sh -c`, `eval`, heredocs, one-liners) and looks for catastrophic patterns in it. */
function catastrophicInSource(source: string, context: ShellContext, depth: number): string[] {
  const parsed = parseShell(source);
  const found = parsed.ok ? findCatastrophic(parsed.shell, context, depth) : catastrophicText(source);
  return found.map((f) => f.reason);
}

/** Text-only fallback for input the parser rejects or that is too long to parse. */
export function catastrophicText(source: string): Finding[] {
  const text = source.slice(0, 100_000).replace(/\\\n/g, " ");
  const reasons: string[] = [];
  if (FORK_BOMB_TEXT.test(text)) reasons.push("fork bomb");
  if (/\brm\s+(-\S*\s+)*-\S*[rR]\S*\s+(-\S+\s+)*["']?(\/\*?|~\/?|\$\{?HOME\}?\/?)["']?(\s|;|&|\||\)|$)/.test(text) || /--no-preserve-root/.test(text)) {
    reasons.push("recursive delete of the root or home directory");
  }
  if (/\bmkfs\b|\bdd\b[^|;&]*\bof=\/dev\/(sd|nvme|hd|vd|xvd|mmcblk)/.test(text)) reasons.push("formats or overwrites a disk");
  if (/(curl|wget)\b[^;&]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b/.test(text) || NETWORK_DEVICE.test(text)) reasons.push("runs a download or opens a reverse shell");
  if (/\b(nc|ncat|netcat)\s[^|;&\n]*-[a-z]*[ec]\s/.test(text)) reasons.push("serves a shell over the network (reverse shell)");
  return reasons.map((reason) => ({ risk: "catastrophic", reason }));
}
