import { readFileSync } from "node:fs";
import { z } from "zod";
import { BudgetLimitsSchema, ContentBlockSchema, UsageSchema } from "./events/events.js";
import { PermissionRulesSchema } from "./permissions/rules.js";

export const ScenarioTurnSchema = z.object({
  content: z.array(ContentBlockSchema),
  usage: UsageSchema.optional(),
  delayMs: z.number().int().nonnegative().optional(),
});
export type ScenarioTurn = z.infer<typeof ScenarioTurnSchema>;

/** A scripted session (the scenario contract), plus optional harness settings and, for the gate, a setup. */
export const ScenarioSchema = z.object({
  name: z.string(),
  task: z.string().optional(),
  mode: z.enum(["plan", "default", "accept-edits", "bypass"]).optional(),
  role: z.enum(["general", "explore", "plan", "verify"]).optional(),
  budget: BudgetLimitsSchema.optional(),
  permissions: PermissionRulesSchema.optional(),
  /** A command run through the shell gate after any turn that edited files. */
  verify: z.string().optional(),
  turns: z.array(ScenarioTurnSchema),
  /** Scripts for sub-agents, by the id of the spawn_agent call that starts them. */
  agents: z.record(z.string(), z.object({ turns: z.array(ScenarioTurnSchema) })).optional(),
  /** Gate only: files and symlinks to create in a fresh workspace, and crashes to simulate. */
  setup: z.object({ files: z.record(z.string(), z.string()).optional(), symlinks: z.record(z.string(), z.string()).optional() }).optional(),
  crash: z.object({ afterEvents: z.number().int().positive(), tearJournal: z.boolean().optional() }).optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Reads and validates a scenario file; a bad file is an input error naming the key path. */
export function loadScenario(path: string): Scenario {
  const parsed = ScenarioSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid scenario ${path}: ${issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "unknown error"}`);
  }
  return parsed.data;
}
