import type { FileRole } from "./types.js";

const SCRIPT = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;
const DECLARATION = /\.d\.[cm]?ts$/i;
const TEST_FILE =
  /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|spec|e2e|integration-tests|evals?)\/|\.(?:test|spec|e2e|eval|vitest|jest)(?:-d)?\.[cm]?[jt]sx?$|(?:^|\/)test[-_][^/]*\.[cm]?[jt]sx?$/i;
/** Folders whose Markdown files may define agents or roles (Claude Code's .claude/agents, and the like). */
const AGENT_MARKDOWN = /(?:^|\/)(?:\.claude|\.agents?|\.opencode|\.gemini|\.codex|agents?|subagents?|roles?)\//i;

const STORY_FILE = /\.stories\.[cm]?[jt]sx?$/;

/** Storybook stories show a component or tool; they are not what the product runs. */
export function isStoryFile(rel: string): boolean {
  return STORY_FILE.test(rel);
}

/** What a path is to the audit: a source file, a test, a Markdown agent definition, or nothing. */
export function classifyPath(rel: string): FileRole | undefined {
  if (/\.md$/i.test(rel)) return AGENT_MARKDOWN.test(rel) ? "markdown" : undefined;
  if (!SCRIPT.test(rel) || DECLARATION.test(rel)) return undefined;
  return TEST_FILE.test(rel) ? "test" : "source";
}
