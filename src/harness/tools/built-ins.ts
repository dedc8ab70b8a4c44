import type { Tool } from "./define-tool.js";
import { editFileTool } from "./edit-file.js";
import { listFilesTool } from "./list-files.js";
import { readFileTool } from "./read-file.js";
import { ToolRegistry } from "./registry.js";
import { searchTool } from "./search.js";
import { shellTool } from "./shell.js";
import { spawnAgentTool } from "./spawn-agent.js";
import { writeFileTool } from "./write-file.js";

/** The built-in tools of the contract, plus the spawn tool for sub-agents. */
export const BUILT_IN_TOOLS: readonly Tool[] = [readFileTool, listFilesTool, searchTool, writeFileTool, editFileTool, shellTool, spawnAgentTool];

/** A fresh registry holding the built-in tools. */
export function builtInRegistry(): ToolRegistry {
  return new ToolRegistry(BUILT_IN_TOOLS);
}
