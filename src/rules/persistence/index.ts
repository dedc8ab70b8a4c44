import type { Rule } from "../../engine/rule.js";
import atomicWrite from "./atomic-write.js";
import richSessionState from "./rich-session-state.js";
import sessionJournal from "./session-journal.js";
import sessionResume from "./session-resume.js";
import sessionWrite from "./session-write.js";

/** Rules of this pillar; each entry is the default export of a file beside this one. */
export const rules: readonly Rule[] = [sessionWrite, sessionJournal, atomicWrite, sessionResume, richSessionState];
