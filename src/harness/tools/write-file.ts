import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { defineTool } from "./define-tool.js";

/** Writes a whole file; running it twice leaves the same file, so it is idempotent. */
export const writeFileTool = defineTool({
  name: "write_file",
  description: "Create or overwrite a text file in the workspace with the given content.",
  input: z.object({ path: z.string().min(1), content: z.string() }),
  risk: "write",
  idempotent: true,
  source: "built-in",
  pathField: "path",
  handler: async ({ path, content }, ctx) => {
    const target = ctx.resolvePath(path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content, "utf8");
    return `wrote ${content.length} characters to ${path}`;
  },
});
