import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";
import { defineTool } from "./define-tool.js";
import { ToolError } from "./tool-error.js";

/** Replaces one exact occurrence of `old` by `new`; not idempotent (a second run may find nothing, or edit again). */
export const editFileTool = defineTool({
  name: "edit_file",
  description: "Replace exactly one occurrence of `old` with `new` in a workspace file.",
  input: z.object({ path: z.string().min(1), old: z.string().min(1), new: z.string() }),
  risk: "write",
  source: "built-in",
  pathField: "path",
  handler: async (input, ctx) => {
    const target = ctx.resolvePath(input.path);
    const text = await readFile(target, "utf8").catch(() => {
      throw new ToolError(`cannot read ${input.path}`);
    });
    const at = text.indexOf(input.old);
    if (at < 0) throw new ToolError(`text to replace not found in ${input.path}`);
    if (text.indexOf(input.old, at + 1) >= 0) throw new ToolError(`text to replace occurs more than once in ${input.path}`);
    await writeFile(target, text.slice(0, at) + input.new + text.slice(at + input.old.length), "utf8");
    return `edited ${input.path}`;
  },
});
