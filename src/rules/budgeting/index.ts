import type { Rule } from "../../engine/rule.js";
import contextCompaction from "./context-compaction.js";
import loopLimit from "./loop-limit.js";
import projectedUsageCheck from "./projected-usage-check.js";
import tokenAccounting from "./token-accounting.js";
import unboundedLoop from "./unbounded-loop.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [tokenAccounting, loopLimit, contextCompaction, projectedUsageCheck, unboundedLoop];
