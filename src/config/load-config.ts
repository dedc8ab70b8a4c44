import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { ConfigError } from "../errors/config-error.js";
import { findRule } from "../rules/index.js";
import { configSchema, type Config } from "./schema.js";

/** File names looked up in the audited root when no --config is given. */
export const CONFIG_NAMES = ["plumbline.config.json", ".plumblinerc.json"] as const;

/** Renders zod issues with their key paths: `rules.foo: Invalid option`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`).join("; ");
}

/** Loads and validates a configuration: the explicit file, else one in the root, else the empty config. */
export async function loadConfig(explicit: string | undefined, root: string): Promise<Config> {
  const candidates = explicit ? [explicit] : CONFIG_NAMES.map((n) => join(root, n));
  for (const path of candidates) {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      if (explicit) throw new ConfigError(`cannot read config file ${path}`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = configSchema.safeParse(json);
    if (!parsed.success) throw new ConfigError(`config file ${path}: ${formatIssues(parsed.error)}`);
    for (const id of Object.keys(parsed.data.rules ?? {})) {
      if (!findRule(id)) throw new ConfigError(`config file ${path}: rules.${id}: no such rule (see plumbline rules)`);
    }
    return parsed.data;
  }
  return {};
}
