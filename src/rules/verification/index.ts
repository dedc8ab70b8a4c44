import type { Rule } from "../../engine/rule.js";
import guardrailTests from "./guardrail-tests.js";
import outputValidation from "./output-validation.js";
import testSuite from "./test-suite.js";
import toolInputValidation from "./tool-input-validation.js";
import workChecks from "./work-checks.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [outputValidation, workChecks, toolInputValidation, guardrailTests, testSuite];
