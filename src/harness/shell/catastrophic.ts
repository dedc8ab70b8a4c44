import type { Finding, ShellContext } from "./finding.js";
import { parseShell, type ParsedShell, type ShellCommand } from "./parse.js";
import { isCriticalTarget, isRawDisk, resolvePath } from "./paths.js";
import { FETCHERS, INTERPRETERS, SHELLS } from "./programs.js";
import { expandBraces } from "./braces.js";
import { destructiveUses, unwrap } from "./destructive.js";

const WRITE_TARGET_OPS = new Set([">", ">>", ">|", "&>", "&>>", ">&", "<>"]);
const NETWORK_DEVICE = /\/dev\/(tcp|udp)\/|\/inet\/(tcp|udp)\//;
const FORK_BOMB_TEXT = /(\S+)\s*\(\s*\)\s*\{[^}]*\1\s*\|\s*\1\s*&/;
const MAX_DEPTH = 3;

/** Words of a command as the shell would split them: braces expanded, unquoted $IFS turned into spaces. */
function normalizedArgv(command: ShellCommand): string[] {
  return command.argv.flatMap((w) => (w.value === null ? expandBraces(w.shape).flatMap((e) => e.split(" ").filter((p) => p !== "")) : [w.value]));
}

function readsCodeFromStdin(argv: readonly string[]): boolean {
  const [name = "", ...args] = unwrap(argv);
  if (SHELLS.has(name)) return true;
  if (!(name in INTERPRETERS)) return false;
  return args.every((a) => a === "-" || (a.startsWith("-") && !["-c", "-e", "-m", "-E", "-r", "-p"].includes(a)));
}

/** Catastrophic patterns in a parsed command line: each entry is a reason to deny in every mode. */
export function findCatastrophic(shell: ParsedShell, context: ShellContext, depth = 0): Finding[] {
  const reasons: string[] = [];
  const pipelines = new Map<number, string[][]>();
  for (const command of shell.commands) {
    const argv = normalizedArgv(command);
    reasons.push(...destructiveUses(argv, context, (source) => (depth < MAX_DEPTH ? catastrophicInSource(source, context, depth + 1) : [])));
    pipelines.set(command.pipeline, [...(pipelines.get(command.pipeline) ?? []), argv]);
    const [name = "", ...args] = unwrap(argv);
    if (name === "cd" || name === "pushd") {
      const target = args.length === 0 ? "~" : args[0] ?? "";
      const resolved = resolvePath(target, context);
      if (resolved !== undefined) context.cwds.push(resolved);
    }
    const runsCode = SHELLS.has(name) || name in INTERPRETERS || name === "eval" || name === "source" || name === ".";
    const words = [...command.argv, ...command.redirects.map((r) => r.target)];
    if (runsCode && words.some((w) => w.innerPrograms.some((p) => FETCHERS.has(p.replace(/^.*\//, ""))))) reasons.push("runs a downloaded script");
    if (command.inFunction !== undefined && name === command.inFunction && (command.background || shell.commands.filter((c) => c.pipeline === command.pipeline).length > 1)) {
      reasons.push(`fork bomb: function '${name}' spawns copies of itself`);
    }
  }
  for (const members of pipelines.values()) {
    const names = members.map((argv) => unwrap(argv)[0] ?? "");
    const fetchAt = names.findIndex((n) => FETCHERS.has(n));
    const decodeAt = members.findIndex((argv) => /^(base64|xxd|openssl|gunzip|zcat|rev)$/.test(unwrap(argv)[0] ?? ""));
    const shellAt = members.findIndex(readsCodeFromStdin);
    if (shellAt >= 0 && fetchAt >= 0) reasons.push(fetchAt < shellAt ? "pipes a download into a shell" : "connects a shell to the network (reverse shell)");
    else if (shellAt > 0 && decodeAt >= 0 && decodeAt < shellAt) reasons.push("pipes a decoded payload into a shell");
  }
  for (const redirect of shell.redirects) {
    const target = redirect.target.shape;
    if (NETWORK_DEVICE.test(target)) reasons.push(`redirects to ${target} (reverse shell)`);
    else if (WRITE_TARGET_OPS.has(redirect.op) && !/^[0-9-]+$/.test(target) && (isRawDisk(target) || isCriticalTarget(target, context))) {
      reasons.push(`overwrites ${target}`);
    }
  }
  return [...new Set(reasons)].map((reason) => ({ risk: "catastrophic", reason }));
}

/** Parses nested shell source (`sh -c`, `eval`) and looks for catastrophic patterns in it. */
function catastrophicInSource(source: string, context: ShellContext, depth: number): string[] {
  const parsed = parseShell(source);
  const found = parsed.ok ? findCatastrophic(parsed.shell, context, depth) : catastrophicText(source);
  return found.map((f) => f.reason);
}

/** Text-only fallback for input the parser rejects or that is too long to parse. */
export function catastrophicText(source: string): Finding[] {
  const text = source.replace(/\\\n/g, " ");
  const reasons: string[] = [];
  if (FORK_BOMB_TEXT.test(text)) reasons.push("fork bomb");
  if (/\brm\s+(-\S*\s+)*-\S*[rR]\S*\s+(-\S+\s+)*["']?(\/\*?|~\/?|\$\{?HOME\}?\/?)["']?(\s|;|&|\||\)|$)/.test(text) || /--no-preserve-root/.test(text)) reasons.push("recursive delete of the root or home directory");
  if (/\bmkfs\b|\bdd\b[^|;&]*\bof=\/dev\/(sd|nvme|hd|vd|xvd|mmcblk)/.test(text)) reasons.push("formats or overwrites a disk");
  if (/(curl|wget)\b[^;&]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b/.test(text) || NETWORK_DEVICE.test(text)) reasons.push("runs a download or opens a reverse shell");
  if (/\b(nc|ncat|netcat)\s[^|;&\n]*-[a-z]*[ec]\s/.test(text)) reasons.push("serves a shell over the network (reverse shell)");
  return reasons.map((reason) => ({ risk: "catastrophic", reason }));
}
