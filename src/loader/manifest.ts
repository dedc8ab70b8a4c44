import type { PackageManifest } from "./types.js";

const DEPENDENCY_KEYS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a package.json's name and dependency names; a broken manifest yields no dependencies. */
export function parseManifest(path: string, text: string): PackageManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { path, dependencies: [] };
  }
  if (!isRecord(json)) return { path, dependencies: [] };
  const dependencies: string[] = [];
  for (const key of DEPENDENCY_KEYS) {
    const deps = json[key];
    if (isRecord(deps)) dependencies.push(...Object.keys(deps));
  }
  return { path, ...(typeof json.name === "string" ? { name: json.name } : {}), dependencies };
}
