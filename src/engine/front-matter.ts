import { parse } from "yaml";

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/** Parses YAML front matter at the top of a Markdown file; undefined when absent or not a mapping. */
export function parseFrontMatter(text: string): Record<string, unknown> | undefined {
  const match = FENCE.exec(text.replace(/^\uFEFF/, ""));
  if (!match?.[1]) return undefined;
  try {
    const value: unknown = parse(match[1], { maxAliasCount: 50 });
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
