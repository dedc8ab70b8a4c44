import { posix } from "node:path";
import type { Finding, ShellContext } from "./finding.js";

const SECRET_SEGMENTS = [
  /^\.env(\..*)?$/, /\.env$/, /^\.ssh$/, /^\.gnupg$/, /^\.aws$/, /^id_(rsa|dsa|ecdsa|ed25519)$/,
  /\.(pem|key|p12|pfx|jks|keystore|kdbx)$/, /^\.(npmrc|netrc|pypirc|pgpass|git-credentials|htpasswd|vault-token)$/,
  /^_netrc$/, /^credentials(\.json)?$/, /^(g)?shadow$/, /^sudoers$/, /^environ$/, /^master\.key$/, /^\.(docker|kube)$/, /^kubeconfig$/, /^\.(envrc|secrets?|dev\.vars)$/,
  /\.tfstate(\.backup)?$/, /^secrets?\.(ya?ml|json|toml)$/, /service[-_]?account.*\.json$/,
];
const NOT_SECRET = /\.(example|sample|template|dist|pub)$/;
const SECRET_SAMPLES = [
  ".env", ".env.local", "prod.env", ".ssh", ".aws", "id_rsa", "id_ed25519", "server.pem", "private.key", ".npmrc", ".netrc",
  "credentials", "shadow", ".git-credentials", "environ", ".gnupg",
];
const PROTECTED_SEGMENTS = new Set([".git", ".claude", ".vscode", ".idea", ".husky", ".ssh", ".gnupg", ".aws"]);
const PROTECTED_FILES = new Set([
  ".bashrc", ".bash_profile", ".bash_login", ".bash_logout", ".zshrc", ".zshenv", ".zprofile", ".zlogin", ".profile",
  ".gitconfig", ".gitmodules", ".gitattributes", ".mcp.json", ".envrc", ".npmrc", ".inputrc", ".tmux.conf", ".vimrc",
]);
const HARMLESS_DEVICES = /^\/dev\/(null|zero|stdout|stderr|stdin|tty|fd\/[0-9]+)$/;
const SYSTEM_INFO = /^\/(etc\/(os-release|lsb-release|debian_version|redhat-release|alpine-release|hostname|timezone)|usr\/lib\/os-release|proc\/(cpuinfo|meminfo|version|loadavg|uptime))$/;
const RAW_DISK = /^\/dev\/(sd[a-z]|nvme[0-9]|hd[a-z]|vd[a-z]|xvd[a-z]|mmcblk[0-9]|disk[0-9]|dm-[0-9]|md[0-9]|mapper\/|loop[0-9]|sr[0-9])/;
const SYSTEM_DIRS = ["/etc", "/boot", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/usr", "/var/log", "/sys", "/root", "/proc/sysrq-trigger"];
const ROOT_LIKE_DIRS = ["/", "/etc", "/usr", "/bin", "/sbin", "/boot", "/var", "/lib", "/lib64", "/home", "/root", "/opt", "/srv", "/dev", "/proc", "/sys"];
const HISTORY_FILE = /(^|\/)(\.[a-z_]*_?history|wtmp|btmp|lastlog|utmp)$/;

function globToRegExp(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end < 0) source += "\\[";
      else {
        source += `[${segment.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

function segmentIsSecret(segment: string, glob: boolean): boolean {
  if (!glob || !/[*?[]/.test(segment)) return !NOT_SECRET.test(segment) && SECRET_SEGMENTS.some((re) => re.test(segment));
  if (segment.replace(/\[[^\]]*\]|[*?]/g, "") === "") return false;
  const re = globToRegExp(segment);
  return SECRET_SAMPLES.some((name) => re.test(name) && (segment.startsWith(".") || !name.startsWith(".")));
}

/** Expands `~` and `$HOME`, drops a trailing glob, and resolves against a directory; undefined when it cannot. */
export function resolvePath(shape: string, context: ShellContext, cwd = context.workspace): string | undefined {
  let p = shape;
  if (p === "~" || p.startsWith("~/")) p = context.home + p.slice(1);
  else if (/^\$(HOME|\{HOME\})(\/|$)/.test(p)) p = context.home + p.replace(/^\$(HOME|\{HOME\})/, "");
  if (p.startsWith("~") || p.includes("$")) return undefined;
  return posix.resolve(cwd, p);
}

function inside(resolved: string, root: string): boolean {
  return resolved === root || resolved.startsWith(root.endsWith("/") ? root : `${root}/`);
}

function leavesWorkspace(shape: string, context: ShellContext): boolean {
  if (shape.startsWith("~") && !shape.startsWith("~/") && shape !== "~") return true;
  return context.cwds.some((cwd) => {
    const resolved = resolvePath(shape, context, cwd);
    return resolved === undefined || !inside(resolved, context.workspace);
  });
}

/** Why reading this path argument needs a person: secrets, /proc, or leaving the workspace. */
export function readProblems(shape: string, glob: boolean, context: ShellContext): Finding[] {
  if (shape === "" || HARMLESS_DEVICES.test(shape) || SYSTEM_INFO.test(shape) || shape === "-") return [];
  const found: Finding[] = [];
  const segments = shape.split("/");
  if (segments.some((s) => segmentIsSecret(s, glob)) || /^\/proc\/[^/]+\/(environ|mem|maps|cmdline)/.test(shape)) {
    found.push({ risk: "read", reason: `reads secret file ${shape}` });
  }
  if (leavesWorkspace(shape, context)) found.push({ risk: "read", reason: `path ${shape} leaves the workspace` });
  return found;
}

/** Why writing this path needs a person: every write asks; protected and outside paths say so. */
export function writeProblems(shape: string, context: ShellContext): Finding[] {
  if (HARMLESS_DEVICES.test(shape)) return [];
  const segments = shape.split("/");
  const base = segments[segments.length - 1] ?? "";
  if (segments.some((s) => PROTECTED_SEGMENTS.has(s)) || PROTECTED_FILES.has(base)) {
    return [{ risk: "write", reason: `writes protected file ${shape}`, askInBypass: true }];
  }
  if (leavesWorkspace(shape, context)) return [{ risk: "write", reason: `writes ${shape} outside the workspace` }];
  return [{ risk: "write", reason: `writes file ${shape}` }];
}

/** A system file, raw disk, kernel trigger or log whose overwrite or deletion wrecks the machine. */
export function isCriticalTarget(shape: string, context: ShellContext): boolean {
  return context.cwds.some((cwd) => isCriticalFrom(shape, context, cwd));
}

function isCriticalFrom(shape: string, context: ShellContext, cwd: string): boolean {
  const resolved = resolvePath(shape, context, cwd);
  if (resolved === undefined) return false;
  if (RAW_DISK.test(resolved) || HISTORY_FILE.test(resolved)) return true;
  if (resolved.startsWith("/usr/local/")) return false;
  return SYSTEM_DIRS.some((dir) => inside(resolved, dir));
}

/** The root, the home directory or a top-level system directory, as a whole (trailing `/*` included). */
export function isRootLike(shape: string, context: ShellContext): boolean {
  return context.cwds.some((cwd) => isRootLikeFrom(shape, context, cwd));
}

function isRootLikeFrom(shape: string, context: ShellContext, cwd: string): boolean {
  const stripped = shape.replace(/(\/+(\.|\*|\.\*)?)+$/, "").replace(/^\.?\*$/, "");
  const trimmed = stripped !== "" ? stripped : shape.startsWith("/") ? "/" : ".";
  const resolved = resolvePath(trimmed, context, cwd);
  if (resolved === undefined) return /^\$\{?HOME\b|^~[^/]+$/.test(trimmed);
  return resolved === context.home || ROOT_LIKE_DIRS.includes(resolved);
}

/** A raw block device such as /dev/sda or /dev/nvme0n1. */
export function isRawDisk(shape: string): boolean {
  return RAW_DISK.test(shape);
}
