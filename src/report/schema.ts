import { z } from "zod";
import { PILLAR_KEYS } from "../core/pillars.js";

const evidence = z.object({ file: z.string(), line: z.number().int().min(1), note: z.string() });
const pillar = z.object({
  score: z.number().int().min(0).max(100),
  status: z.enum(["present", "partial", "absent"]),
  evidence: z.array(evidence),
});
const finding = z.object({
  ruleId: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
  pillar: z.enum(PILLAR_KEYS),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  file: z.string(),
  line: z.number().int().min(1),
  recommendation: z.string(),
});

/** The JSON report contract (shared/DESIGN.md), as a schema; extra fields are allowed. */
export const reportSchema = z.object({
  tool: z.object({ name: z.literal("plumbline"), version: z.string() }),
  target: z.object({ path: z.string(), files: z.number().int().min(0), lines: z.number().int().min(0) }),
  score: z.object({
    overall: z.number().int().min(0).max(100),
    grade: z.enum(["A", "B", "C", "D", "F"]),
    pillars: z.object(Object.fromEntries(PILLAR_KEYS.map((k) => [k, pillar])) as Record<(typeof PILLAR_KEYS)[number], typeof pillar>),
  }),
  findings: z.array(finding),
  suppressed: z.array(finding.extend({ reason: z.string().optional() })),
  recommendations: z.array(
    z.object({
      priority: z.number().int().min(1),
      title: z.string(),
      rationale: z.string(),
      steps: z.array(z.string()),
      rules: z.array(z.string()),
    }),
  ),
  diagnostics: z.array(z.object({ file: z.string(), message: z.string() })),
  timing: z.object({ totalMs: z.number().min(0), filesPerSecond: z.number().min(0) }),
});
