/**
 * A glob as a regular expression. In path globs `*` stops at `/` and `**` crosses it; in command
 * globs (`shell(npm test*)`) `*` matches anything, since commands have no directory structure.
 */
export function globToRegExp(glob: string, kind: "path" | "command"): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === "*" && glob.charAt(i + 1) === "*") {
      out += ".*";
      i++;
      if (glob.charAt(i + 1) === "/") i++;
    } else if (c === "*") out += kind === "path" ? "[^/]*" : ".*";
    else if (c === "?") out += kind === "path" ? "[^/]" : ".";
    else out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, "s");
}
