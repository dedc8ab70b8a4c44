/**
 * Whether a file consults a list it declares: a membership or match test, a loop over it, or a
 * hand-off to other code (an argument, a spread, an alias, an export). A deny list that is only
 * interpolated into a prompt (`${BANNED.join(", ")}`) tells the model what not to do; it gates nothing.
 */
export function listIsConsulted(name: string, text: string): boolean {
  const n = name.replace(/[$]/g, "\\$");
  const uses = [
    `\\b${n}\\s*\\??\\.\\s*(?:some|every|includes|find|findIndex|filter|has|indexOf|test|forEach|match|exec)\\s*\\(`,
    `\\b(?:of|in)\\s+${n}\\b`,
    `[(,]\\s*${n}\\s*[,)]`,
    `\\.\\.\\.\\s*${n}\\b`,
    `(?<![=!<>])=\\s*${n}\\s*[;,\\n]`,
    `\\bRegExp\\s*\\(\\s*${n}\\b`,
    `\\bexport\\s+(?:const|let|var)\\s+${n}\\b`,
    `\\bexport\\s*\\{[^}]*\\b${n}\\b`,
    `\\b(?:module\\.)?exports\\.${n}\\b`,
    `[{,]\\s*${n}\\s*[,}]`,
  ];
  return new RegExp(uses.join("|")).test(text);
}
