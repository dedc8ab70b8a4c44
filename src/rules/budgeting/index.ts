import type { Rule } from "../../engine/rule.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [];
