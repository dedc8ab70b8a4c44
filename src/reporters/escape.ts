/** Control characters (ANSI escapes among them) that text from an audited repository must not carry to a terminal. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Makes repository-controlled text safe to print on a terminal: no escape sequences, one line. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, "").replace(/[\r\n\t]+/g, " ");
}

const HTML: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["@", "&#64;"],
]);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"@]/g, (c) => HTML.get(c) ?? c);
}

/**
 * Escapes repository-controlled text for inline Markdown, including table cells: no HTML, no links,
 * no emphasis, no line breaks, and pipes escaped so a table row cannot be split.
 */
export function markdownText(text: string): string {
  const flat = terminalSafe(text).trim();
  return escapeHtml(flat.replace(/[\\`*_{}[\]()#+!|~]/g, "\\$&"));
}

/** Renders repository-controlled text as a Markdown code span safe inside a table cell. */
export function markdownCode(text: string): string {
  const flat = terminalSafe(text).trim().replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
