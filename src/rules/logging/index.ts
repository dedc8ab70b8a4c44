import type { Rule } from "../../engine/rule.js";
import consoleOnly from "./console-only.js";
import decisionLog from "./decision-log.js";
import structuredLogger from "./structured-logger.js";
import typedCallbacks from "./typed-callbacks.js";
import typedEvents from "./typed-events.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [typedEvents, typedCallbacks, decisionLog, structuredLogger, consoleOnly];
