import type { ShellContext } from "./finding.js";
import { isCriticalTarget, isRawDisk, isRootLike } from "./paths.js";
import { INTERPRETERS, SHELLS, lookup } from "./programs.js";

/** Wrappers that run the command after them: `sudo rm -rf /` is `rm -rf /`. Values: option letters taking a value. */
const WRAPPERS: Record<string, string> = {
  sudo: "ugCDhprtUT", doas: "uC", env: "uCS", nice: "n", nohup: "", timeout: "sk", time: "f", command: "", builtin: "",
  exec: "a", stdbuf: "ioe", ionice: "cnp", chroot: "", busybox: "", xargs: "IndLsEaP", nsenter: "tS", setsid: "", unbuffer: "",
  pkexec: "u", runuser: "ugl", watch: "nd", strace: "eopsuE", ltrace: "eopsuE", flock: "w", caffeinate: "tw",
};
const NETWORK_DEVICE = /\/dev\/(tcp|udp)\/|\/inet\/(tcp|udp)\//;
const SOCKET_CODE = /socket|fsockopen|TCPSocket|net\.Socket|require\(["']net["']\)|Net::|IO::Socket|\/dev\/tcp/i;
const SPAWNS_SHELL = /\/bin\/(ba|z|da|k)?sh|pty\.spawn|subprocess|child_process|exec|system|popen|dup2|spawn/i;
const FORK_LOOP = /fork\s*while\s*fork|while[^;]*\bfork\b|\bfork\b[^;]*while|for\s*\(\s*;\s*;\s*\)\s*\{?\s*(os\.)?fork/i;
const POWER = new Set(["shutdown", "reboot", "halt", "poweroff"]);

/** The command after stripping wrappers such as sudo, env, nice, xargs, and a /bin/ or /usr/bin/ prefix. */
export function unwrap(argv: readonly string[]): string[] {
  let rest = [...argv];
  for (let guard = 0; guard < 8; guard++) {
    const head = (rest[0] ?? "").replace(/^.*\//, "");
    const valueLetters = lookup(WRAPPERS, head);
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

/** Code given on an interpreter's command line: `python -c CODE`, `ruby -eCODE`. */
export function inlineCode(name: string, args: readonly string[]): string | undefined {
  const options = lookup(INTERPRETERS, name) ?? [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (options.includes(arg)) return args[i + 1];
    const attached = options.find((o) => o.length === 2 && arg.startsWith(o) && arg.length > 2);
    if (attached) return arg.slice(2);
  }
  return undefined;
}

function deletes(name: string, args: readonly string[], operands: readonly string[], context: ShellContext): string[] {
  const recursive = flagsInclude(args, /[rR]/, ["--recursive"]);
  const found: string[] = [];
  if (args.includes("--no-preserve-root")) found.push(`'${name} --no-preserve-root' removes the root safety net`);
  if (["rm", "shred", "unlink", "truncate", "wipefs", "srm"].includes(name)) {
    for (const target of operands) {
      if (name === "rm" && recursive && isRootLike(target, context)) found.push(`recursive delete of ${target}`);
      else if (isCriticalTarget(target, context)) found.push(`'${name}' destroys system file ${target}`);
    }
  }
  if (name === "mv" && operands.slice(0, -1).some((t) => isRootLike(t, context) || isCriticalTarget(t, context))) found.push("mv moves away a system file or directory");
  if (name === "find" && (args.includes("-delete") || args.some((a, i) => a.startsWith("-exec") && /^(rm|shred|truncate|unlink|dd)$/.test(args[i + 1] ?? "")))) {
    const starts = args.slice(0, Math.max(0, args.findIndex((a) => a.startsWith("-") || a === "(" || a === "!")));
    if (starts.some((a) => isRootLike(a, context) || isCriticalTarget(a, context))) found.push("find deletes files across the system");
  }
  if (["chmod", "chown", "chgrp", "setfacl"].includes(name)) {
    if (operands.some((t) => ((recursive || t === "/") && isRootLike(t, context)) || isCriticalTarget(t, context))) found.push(`'${name}' changes permissions of system files`);
  }
  return found;
}

function overwrites(name: string, args: readonly string[], operands: readonly string[], context: ShellContext): string[] {
  const found: string[] = [];
  if (/^(mkfs(\..*)?|mke2fs|mkswap|newfs|fdisk|sfdisk|parted|blkdiscard)$/.test(name)) found.push(`'${name}' formats or repartitions a disk`);
  if (name === "dd") {
    const output = args.find((a) => a.startsWith("of="))?.slice(3) ?? "";
    if (isRawDisk(output) || isCriticalTarget(output, context)) found.push(`dd writes to ${output}`);
  }
  const destinations = name === "tee" ? operands : ["cp", "install", "ln", "mv"].includes(name) ? operands.slice(-1) : [];
  for (const target of destinations) if (isCriticalTarget(target, context)) found.push(`'${name}' overwrites system file ${target}`);
  if (name === "sed" && flagsInclude(args, /i/, ["--in-place"])) {
    for (const target of operands.slice(1)) if (isCriticalTarget(target, context)) found.push(`sed -i edits system file ${target}`);
  }
  if (name === "history" && flagsInclude(args, /c/, [])) found.push("wipes shell history");
  if (name === "journalctl" && args.some((a) => a.startsWith("--vacuum") || a === "--rotate")) found.push("wipes system logs");
  return found;
}

function stopsMachine(name: string, args: readonly string[], operands: readonly string[]): string[] {
  const first = operands[0] ?? "";
  if (POWER.has(name) || (/^(tel)?init$/.test(name) && /^[06]$/.test(first)) || (name === "systemctl" && /^(poweroff|reboot|halt|kexec)$/.test(first))) {
    return [`'${name}' shuts down or reboots the machine`];
  }
  if (name === "killall5") return ["kills every process"];
  if ((name === "kill" || name === "pkill") && (args.includes("-1") || operands.includes("1")) && args.some((a) => /^-(9|KILL|SIGKILL|s)$/.test(a))) {
    return ["kills init or every process"];
  }
  return [];
}

function remoteShells(name: string, argv: readonly string[], args: readonly string[]): string[] {
  const found: string[] = [];
  if (/^(nc|ncat|netcat)$/.test(name) && flagsInclude(args, /[ec]/, ["--exec", "--sh-exec", "--lua-exec"])) found.push(`'${name}' with -e/-c serves a shell (reverse shell)`);
  if (name === "socat" && args.some((a) => /(^|[,!:])(exec|system):/i.test(a))) found.push("socat exec connects a program to a socket (reverse shell)");
  if (argv.some((a) => NETWORK_DEVICE.test(a))) found.push("opens a raw network socket (reverse shell)");
  const code = inlineCode(name, args);
  if (code !== undefined && SOCKET_CODE.test(code) && SPAWNS_SHELL.test(code)) found.push(`'${name}' one-liner connects a shell to a socket (reverse shell)`);
  if (code !== undefined && FORK_LOOP.test(code)) found.push(`fork bomb: '${name}' one-liner forks in a loop`);
  return found;
}

/**
 * Catastrophic uses of one program (wrappers already looked through). `nested` checks shell source given
 * to `sh -c`, `eval` or an interpreter, so the same patterns are found one level down.
 */
export function destructiveUses(argv: readonly string[], context: ShellContext, nested: (source: string) => string[]): string[] {
  const [name = "", ...args] = unwrap(argv);
  const operands = args.filter((a) => !a.startsWith("-"));
  const found = [
    ...deletes(name, args, operands, context),
    ...overwrites(name, args, operands, context),
    ...stopsMachine(name, args, operands),
    ...remoteShells(name, argv, args),
  ];
  const script = name === "eval" ? args.join(" ") : SHELLS.has(name) || name === "su" ? args[args.indexOf("-c") + 1] : undefined;
  if (script !== undefined && (name === "eval" || args.includes("-c"))) found.push(...nested(script));
  const code = inlineCode(name, args);
  if (code !== undefined) found.push(...nested(code));
  return found;
}
