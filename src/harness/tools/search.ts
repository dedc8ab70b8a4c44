import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { z } from "zod";
import { defineTool } from "./define-tool.js";
import { ToolError } from "./tool-error.js";

const MAX_MATCHES = 200;
const SKIP = new Set([".git", "node_modules", "dist"]);

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.isSymbolicLink()) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Searches workspace files for a regular expression, grep style (`file:line: text`). */
export const searchTool = defineTool({
  name: "search",
  description: "Search files under a workspace directory for a JavaScript regular expression; prints file:line: text.",
  input: z.object({ pattern: z.string().min(1), path: z.string().default(".") }),
  risk: "read",
  readOnly: true,
  idempotent: true,
  concurrencySafe: true,
  source: "built-in",
  pathField: "path",
  handler: async ({ pattern, path }, ctx) => {
    let re: RegExp;
    try {
      re = new RegExp(pattern);
    } catch {
      throw new ToolError(`invalid regular expression: ${pattern}`);
    }
    const root = ctx.resolvePath(path);
    const hits: string[] = [];
    for await (const file of walk(root)) {
      const lines = (await readFile(file, "utf8")).split("\n");
      lines.forEach((line, i) => {
        if (hits.length < MAX_MATCHES && re.test(line)) hits.push(`${relative(ctx.workspace, file)}:${i + 1}: ${line}`);
      });
      if (hits.length >= MAX_MATCHES) break;
    }
    return hits.length === 0 ? "no matches" : hits.join("\n");
  },
});
