import type { Finding, ShellContext } from "./finding.js";
import { parseShell, type ParsedShell, type ShellCommand } from "./parse.js";
import { isCriticalTarget, isRawDisk, isRootLike, resolvePath } from "./paths.js";
import { FETCHERS, INTERPRETERS, SHELLS } from "./programs.js";
import { expandBraces } from "./braces.js";

/** Wrappers that run the command after them: `sudo rm -rf /` is `rm -rf /`. Values: options taking a value. */
const WRAPPERS: Record<string, string> = {
  sudo: "ugCDhprtUT", doas: "uC", env: "uCS", nice: "n", nohup: "", timeout: "sk", time: "f", command: "", builtin: "",
  exec: "a", stdbuf: "ioe", ionice: "cnp", chroot: "", busybox: "", xargs: "IndLsEaP", nsenter: "tS", setsid: "", unbuffer: "",
};
const WRITE_TARGET_OPS = new Set([">", ">>", ">|", "&>", "&>>", ">&", "<>"]);
const NETWORK_DEVICE = /\/dev\/(tcp|udp)\/|\/inet\/(tcp|udp)\//;
const REVERSE_SHELL_CODE = /socket|fsockopen|TCPSocket|net\.Socket|Net::|IO::Socket/i;
const SPAWNS_SHELL = /\/bin\/(ba|z|da|k)?sh|pty\.spawn|subprocess|exec|system|popen|dup2|spawn/i;
const POWER = new Set(["shutdown", "reboot", "halt", "poweroff"]);
const FORK_BOMB_TEXT = /(\S+)\s*\(\s*\)\s*\{[^}]*\1\s*\|\s*\1\s*&/;

/** Words of a command as the shell would split them: braces expanded, unquoted $IFS turned into spaces. */
function normalizedArgv(command: ShellCommand): string[] {
  return command.argv.flatMap((w) => (w.value === null ? expandBraces(w.shape).flatMap((e) => e.split(" ").filter((p) => p !== "")) : [w.value]));
}

/** The command after stripping wrappers such as sudo, env, nice, xargs. */
export function unwrap(argv: readonly string[]): string[] {
  let rest = [...argv];
  for (let guard = 0; guard < 8; guard++) {
    const head = (rest[0] ?? "").replace(/^.*\//, "");
    const valueLetters = WRAPPERS[head];
    if (valueLetters === undefined || (head === "command" && (rest[1] === "-v" || rest[1] === "-V"))) break;
    let i = 1;
    while (i < rest.length) {
      const arg = rest[i] ?? "";
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) i++;
      else if (arg.startsWith("-") && arg.length > 1) {
        i += arg.length === 2 && valueLetters.includes(arg.charAt(1)) ? 2 : 1;
        if (arg === "--") break;
      } else if (head === "timeout" || head === "chroot") {
        i++;
        break;
      } else break;
    }
    rest = rest.slice(i);
  }
  if (rest[0] !== undefined) rest[0] = rest[0].replace(/^\/(usr\/)?(local\/)?s?bin\//, "");
  return rest;
}

function flagsInclude(args: readonly string[], letters: RegExp, long: readonly string[]): boolean {
  return args.some((a) => (/^-[^-]/.test(a) && letters.test(a.slice(1))) || long.includes(a));
}

function programChecks(argv: readonly string[], context: ShellContext, depth: number): string[] {
  const [name = "", ...args] = unwrap(argv);
  const operands = args.filter((a) => !a.startsWith("-"));
  const recursive = flagsInclude(args, /[rR]/, ["--recursive"]);
  const found: string[] = [];
  if (args.includes("--no-preserve-root")) found.push(`'${name} --no-preserve-root' removes the root safety net`);
  if (name === "rm" || name === "shred" || name === "unlink" || name === "truncate" || name === "wipefs") {
    for (const target of operands) {
      if (name === "rm" && recursive && isRootLike(target, context)) found.push(`recursive delete of ${target}`);
      else if (isCriticalTarget(target, context)) found.push(`'${name}' destroys system file ${target}`);
    }
  }
  if (/^(mkfs(\..*)?|mke2fs|mkswap|newfs|fdisk|sfdisk|parted)$/.test(name)) found.push(`'${name}' formats or repartitions a disk`);
  if (name === "dd") {
    const output = args.find((a) => a.startsWith("of="))?.slice(3) ?? "";
    if (isRawDisk(output) || isCriticalTarget(output, context)) found.push(`dd writes to ${output}`);
  }
  if ((name === "chmod" || name === "chown" || name === "chgrp" || name === "setfacl") && operands.some((t) => (recursive || t === "/") && isRootLike(t, context))) {
    found.push(`'${name}' changes permissions of the whole system`);
  }
  if (name === "find" && (args.includes("-delete") || args.some((a, i) => a.startsWith("-exec") && args[i + 1] === "rm")) && args.some((a) => !a.startsWith("-") && isRootLike(a, context))) {
    found.push("find deletes files across the system");
  }
  if (POWER.has(name) || ((name === "init" || name === "telinit") && /^[06]$/.test(operands[0] ?? "")) || (name === "systemctl" && /^(poweroff|reboot|halt|kexec)$/.test(operands[0] ?? ""))) {
    found.push(`'${name}' shuts down or reboots the machine`);
  }
  if ((name === "kill" || name === "pkill") && args.includes("-1") && args.some((a) => /^-(9|KILL|SIGKILL)$/.test(a))) found.push("kills every process");
  if (name === "history" && flagsInclude(args, /c/, [])) found.push("wipes shell history");
  if (name === "journalctl" && args.some((a) => a.startsWith("--vacuum") || a === "--rotate")) found.push("wipes system logs");
  const destinations = name === "tee" ? operands : name === "cp" || name === "install" || name === "ln" ? operands.slice(-1) : name === "mv" ? operands : [];
  for (const target of destinations) if (isCriticalTarget(target, context)) found.push(`'${name}' overwrites system file ${target}`);
  if (name === "sed" && flagsInclude(args, /i/, ["--in-place"])) {
    for (const target of operands.slice(1)) if (isCriticalTarget(target, context)) found.push(`sed -i edits system file ${target}`);
  }
  if (/^(nc|ncat|netcat)$/.test(name) && flagsInclude(args, /[ec]/, ["--exec", "--sh-exec", "--lua-exec"])) found.push(`'${name}' with -e/-c serves a shell (reverse shell)`);
  if (name === "socat" && args.some((a) => /(^|[,!:])(exec|system):/i.test(a))) found.push("socat exec connects a program to a socket (reverse shell)");
  if (argv.some((a) => NETWORK_DEVICE.test(a))) found.push("opens a raw network socket (reverse shell)");
  const codeOptions = INTERPRETERS[name];
  const inline = codeOptions ? args.find((_a, i) => codeOptions.includes(args[i - 1] ?? "")) : undefined;
  if (inline !== undefined && REVERSE_SHELL_CODE.test(inline) && SPAWNS_SHELL.test(inline)) found.push(`'${name}' one-liner connects a shell to a socket (reverse shell)`);
  if (depth < 3 && (SHELLS.has(name) || name === "eval" || name === "su")) {
    const script = name === "eval" ? args.join(" ") : args[args.indexOf("-c") + 1];
    if (script !== undefined && (name === "eval" || args.includes("-c"))) found.push(...catastrophicInSource(script, context, depth + 1));
  }
  return found;
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
    reasons.push(...programChecks(argv, context, depth));
    pipelines.set(command.pipeline, [...(pipelines.get(command.pipeline) ?? []), argv]);
    const [name = "", ...args] = unwrap(argv);
    if (name === "cd" || name === "pushd") {
      const target = args.length === 0 ? "~" : args[0] ?? "";
      const resolved = resolvePath(target, context);
      if (resolved !== undefined) context.cwds.push(resolved);
    }
    const runsCode = SHELLS.has(name) || name in INTERPRETERS || name === "eval" || name === "source" || name === ".";
    if (runsCode && command.argv.some((w) => w.innerPrograms.some((p) => FETCHERS.has(p.replace(/^.*\//, ""))))) reasons.push("runs a downloaded script");
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
  if (/\brm\s+(-\S*\s+)*-\S*[rR]\S*\s+(-\S+\s+)*["']?(\/\*?|~\/?|\$\{?HOME\}?\/?)["']?(\s|;|&|\||$)/.test(text) || /--no-preserve-root/.test(text)) reasons.push("recursive delete of the root or home directory");
  if (/\bmkfs\b|\bdd\b[^|;&]*\bof=\/dev\/(sd|nvme|hd|vd|xvd|mmcblk)/.test(text)) reasons.push("formats or overwrites a disk");
  if (/(curl|wget)\b[^;&]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b/.test(text) || NETWORK_DEVICE.test(text)) reasons.push("runs a download or opens a reverse shell");
  return reasons.map((reason) => ({ risk: "catastrophic", reason }));
}
