/** Folders never walked (matched without case: Unity and .NET write `Build/`): dependencies, build output, vendored code and VCS metadata. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  ".git",
  "node_modules",
  "bower_components",
  "jspm_packages",
  "dist",
  "build",
  "out",
  ".next",
  ".nuxt",
  ".turbo",
  ".output",
  ".svelte-kit",
  ".vercel",
  ".cache",
  "coverage",
  "vendor",
  "third_party",
  "third-party",
]);

const MINIFIED_NAME = /[.-]min\.[cm]?js$/i;
const GENERATED_NAME = /\.generated\.[^/]*$|(?:^|\/)generated\.[cm]?[jt]sx?$/i;
const BANNER_LINES = 12;
const GENERATED_BANNER = /@generated(?![\w/-])|\bdo not edit\b|^[\W_]*(?:this (?:file|code) (?:is|was|has been) )?auto-?(?:matically )?generated\b|^[\W_]*generated (?:file|code)\b/i;
const COMMENT_START = /^\s*(?:\/\/|\/\*|\*|#!)/;
/** Average characters per line above which a script is treated as minified or bundled. */
const MINIFIED_AVERAGE_LINE = 300;
const MINIFIED_MIN_BYTES = 2_000;

/** Why a file is skipped from its name alone, or undefined. */
export function skipByName(rel: string): string | undefined {
  if (MINIFIED_NAME.test(rel)) return "minified file";
  if (GENERATED_NAME.test(rel)) return "generated file";
  return undefined;
}

/** Why a file is skipped from its text (minified, or a generated-code banner in its first comment lines), or undefined. */
export function skipByContent(text: string, lines: number): string | undefined {
  if (text.length >= MINIFIED_MIN_BYTES && text.length / Math.max(lines, 1) > MINIFIED_AVERAGE_LINE) {
    return `minified or bundled file (average line ${Math.round(text.length / Math.max(lines, 1))} characters)`;
  }
  return hasGeneratedBanner(text) ? "generated file (banner in its first lines)" : undefined;
}

function hasGeneratedBanner(text: string): boolean {
  let start = 0;
  for (let i = 0; i < BANNER_LINES && start < text.length; i++) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? Math.min(text.length, start + 500) : Math.min(end, start + 500));
    if (COMMENT_START.test(line) && GENERATED_BANNER.test(line.replace(COMMENT_START, ""))) return true;
    if (end === -1) break;
    start = end + 1;
  }
  return false;
}
