import { readFile } from "node:fs/promises";
import { z } from "zod";
import { defineTool } from "./define-tool.js";
import { ToolError, errorCode } from "./tool-error.js";

/** Reads a text file in the workspace. */
export const readFileTool = defineTool({
  name: "read_file",
  description: "Read a UTF-8 text file in the workspace. `path` is relative to the workspace root.",
  input: z.object({ path: z.string().min(1).describe("file path, relative to the workspace") }),
  risk: "read",
  readOnly: true,
  idempotent: true,
  concurrencySafe: true,
  source: "built-in",
  pathField: "path",
  handler: async ({ path }, ctx) => {
    try {
      return await readFile(ctx.resolvePath(path), "utf8");
    } catch (error) {
      throw new ToolError(`cannot read ${path}: ${errorCode(error)}`);
    }
  },
});
