import { z } from "zod";

/** The user configuration file (plumbline.config.json), strict: unknown keys are errors. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), z.enum(["off", "error", "warning", "info"])).optional(),
    ignore: z.array(z.string()).optional(),
    maxFileBytes: z.number().int().positive().optional(),
    failUnder: z.number().int().min(0).max(100).optional(),
    /** false: `plumbline-disable` comments in the audited code suppress nothing (as --no-inline-config). */
    inlineConfig: z.boolean().optional(),
  })
  .strict();

/** A parsed configuration. */
export type Config = z.infer<typeof configSchema>;
