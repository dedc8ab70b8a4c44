/** The seven pillar keys, in the order reports list them. */
export const PILLAR_KEYS = [
  "registry",
  "permissions",
  "persistence",
  "budgeting",
  "logging",
  "verification",
  "agents",
] as const;

/** A stable pillar key, as used in JSON, SARIF, config and docs. */
export type PillarKey = (typeof PILLAR_KEYS)[number];

/** Status of one pillar, as the calibration rubric defines it. */
export type PillarStatus = "present" | "partial" | "absent";

/** Human titles for the pillars. */
export const PILLAR_TITLES: Readonly<Record<PillarKey, string>> = {
  registry: "Tool registry with metadata",
  permissions: "Granular permissions",
  persistence: "Session and workflow persistence",
  budgeting: "Token budgeting and compaction",
  logging: "Structured events and logging",
  verification: "Two-level verification",
  agents: "Constrained agent types",
};

/** Type guard for pillar keys read from untrusted input. */
export function isPillarKey(value: string): value is PillarKey {
  return (PILLAR_KEYS as readonly string[]).includes(value);
}
