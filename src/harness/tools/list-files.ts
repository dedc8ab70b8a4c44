import { readdir } from "node:fs/promises";
import { z } from "zod";
import { defineTool } from "./define-tool.js";
import { ToolError, errorCode } from "./tool-error.js";

/** Lists one directory of the workspace, directories marked with a trailing slash. */
export const listFilesTool = defineTool({
  name: "list_files",
  description: "List the entries of a workspace directory (one per line, directories end with /).",
  input: z.object({ path: z.string().default(".").describe("directory, relative to the workspace") }),
  risk: "read",
  readOnly: true,
  idempotent: true,
  concurrencySafe: true,
  source: "built-in",
  pathField: "path",
  handler: async ({ path }, ctx) => {
    try {
      const entries = await readdir(ctx.resolvePath(path), { withFileTypes: true });
      return entries
        .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
        .sort()
        .join("\n");
    } catch (error) {
      throw new ToolError(`cannot list ${path}: ${errorCode(error)}`);
    }
  },
});
