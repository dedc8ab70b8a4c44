import type { Diagnostic } from "../core/types.js";

/** How a loaded file is used: code of the agent, a test, or a Markdown agent/role definition. */
export type FileRole = "source" | "test" | "markdown";

/** A file read from the target, with its text. */
export interface LoadedFile {
  /** Path relative to the root, forward slashes. */
  path: string;
  absPath: string;
  role: FileRole;
  text: string;
  lines: number;
}

/** A package.json found in the target (outside ignored folders). */
export interface PackageManifest {
  path: string;
  name?: string;
  dependencies: string[];
}

/** What the loader hands to the analysis engine. */
export interface LoadResult {
  root: string;
  files: LoadedFile[];
  manifests: PackageManifest[];
  diagnostics: Diagnostic[];
}

/** Loader limits and filters. */
export interface LoadOptions {
  maxFileBytes: number;
  maxFiles: number;
  ignore: string[];
}

export const DEFAULT_LOAD_OPTIONS: LoadOptions = {
  maxFileBytes: 1_000_000,
  maxFiles: 20_000,
  ignore: [],
};
