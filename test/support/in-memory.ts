import { classifyPath } from "../../src/loader/classify.js";
import type { LoadResult, PackageManifest } from "../../src/loader/types.js";

/** A miniature repository: path to text; package.json files become manifests. */
export type FileMap = Readonly<Record<string, string>>;

/** Builds a LoadResult from an in-memory file map, classifying paths as the loader does. */
export function loadFromMap(files: FileMap): LoadResult {
  const manifests: PackageManifest[] = [];
  const loaded: LoadResult["files"] = [];
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith("package.json")) {
      const json = JSON.parse(text) as { name?: string; dependencies?: object; devDependencies?: object };
      manifests.push({ path, name: json.name, dependencies: [...Object.keys(json.dependencies ?? {}), ...Object.keys(json.devDependencies ?? {})] });
      continue;
    }
    const role = classifyPath(path);
    if (role) loaded.push({ path, absPath: `/mem/${path}`, role, text, lines: text.split("\n").length });
  }
  return { root: "/mem", files: loaded, manifests, diagnostics: [] };
}
