import { describe, expect, it } from "vitest";
import { parseDirectives, type Directive } from "../../src/suppress/directive.js";

const KNOWN = new Set(["permissions/unguarded-shell", "logging/console-only", "registry/switch-dispatch"]);
const isKnown = (id: string): boolean => KNOWN.has(id);

type Expected = Pick<Directive, "kind" | "line" | "target" | "ruleIds"> & { reason?: string };

interface Case {
  name: string;
  text: string;
  path?: string;
  directives: Expected[];
  problems?: RegExp[];
}

const SHELL = "permissions/unguarded-shell";
const CONSOLE = "logging/console-only";
const SWITCH = "registry/switch-dispatch";

const cases: Case[] = [
  {
    name: "next-line directive in a line comment",
    text: `// plumbline-disable-next-line ${SHELL}\nexecSync(cmd);\n`,
    directives: [{ kind: "next-line", line: 1, target: 2, ruleIds: [SHELL] }],
  },
  {
    name: "next-line directive in a one-line block comment",
    text: `run();\n/* plumbline-disable-next-line ${CONSOLE} */\nconsole.log(x);\n`,
    directives: [{ kind: "next-line", line: 2, target: 3, ruleIds: [CONSOLE] }],
  },
  {
    name: "same-line directive trailing the code",
    text: `const a = 1;\nexecSync(cmd); // plumbline-disable-line ${SHELL}\n`,
    directives: [{ kind: "line", line: 2, target: 2, ruleIds: [SHELL] }],
  },
  {
    name: "file-level directive anywhere in the file",
    text: `export const a = 1;\n\n/* plumbline-disable ${CONSOLE} */\nexport const b = 2;\n`,
    directives: [{ kind: "file", line: 3, target: undefined, ruleIds: [CONSOLE] }],
  },
  {
    name: "file-level directive in a line comment",
    text: `// plumbline-disable ${SWITCH}\n`,
    directives: [{ kind: "file", line: 1, target: undefined, ruleIds: [SWITCH] }],
  },
  {
    name: "several ids, separated by commas or spaces, duplicates once",
    text: `// plumbline-disable-next-line ${SHELL}, ${CONSOLE} ${SWITCH},${SHELL}\nx();\n`,
    directives: [{ kind: "next-line", line: 1, target: 2, ruleIds: [SHELL, CONSOLE, SWITCH] }],
  },
  {
    name: "a reason after --",
    text: `execSync(cmd); // plumbline-disable-line ${SHELL} -- runs in a throwaway container, see ADR-12\n`,
    directives: [{ kind: "line", line: 1, target: 1, ruleIds: [SHELL], reason: "runs in a throwaway container, see ADR-12" }],
  },
  {
    name: "a reason over several lines of a file-level block comment",
    text: `/* plumbline-disable ${CONSOLE}, ${SWITCH}\n   -- a CLI demo:\n   console output is the product */\n`,
    directives: [{ kind: "file", line: 1, target: undefined, ruleIds: [CONSOLE, SWITCH], reason: "a CLI demo: console output is the product" }],
  },
  {
    name: "a dash inside an id is not a reason separator",
    text: `// plumbline-disable-line ${SHELL} --\n`,
    directives: [{ kind: "line", line: 1, target: 1, ruleIds: [SHELL] }],
  },
  {
    name: "directive text in string literals is ignored",
    text: `const a = "// plumbline-disable-line ${SHELL}";\nconst b = '/* plumbline-disable ${CONSOLE} */';\n`,
    directives: [],
  },
  {
    name: "directive text in a template after a substitution is ignored",
    text: "const t = `${a} // plumbline-disable-line " + SHELL + "`;\nconst u = `${`${b}`} /* plumbline-disable " + CONSOLE + " */`;\n",
    directives: [],
  },
  {
    name: "a regular expression with a quote does not hide the comment after it",
    text: `const r = /"/; // plumbline-disable-line ${SHELL}\n`,
    directives: [{ kind: "line", line: 1, target: 1, ruleIds: [SHELL] }],
  },
  {
    name: "JSX text is not a comment, a JSX expression comment is",
    path: "src/view.tsx",
    text: `export const v = (\n  <p>\n    // plumbline-disable-line ${CONSOLE}\n    {/* plumbline-disable-line ${SHELL} */}\n  </p>\n);\n`,
    directives: [{ kind: "line", line: 4, target: 4, ruleIds: [SHELL] }],
  },
  {
    name: "prose that mentions a directive is not one",
    text: `// use plumbline-disable-line ${SHELL} sparingly\n// plumbline-disabled until v2\n`,
    directives: [],
  },
  {
    name: "a directive with no id is reported and suppresses nothing",
    text: `// plumbline-disable-next-line\nexecSync(cmd);\nx(); // plumbline-disable-line -- trust me\n/* plumbline-disable */\n`,
    directives: [],
    problems: [/^plumbline-disable-next-line names no rule id/, /^plumbline-disable-line names no rule id/, /^plumbline-disable names no rule id/],
  },
  {
    name: "an unknown id is reported; the known ids of the directive still apply",
    text: `// plumbline-disable-next-line permissions/unguarded-shel, ${SHELL}\nexecSync(cmd);\n`,
    directives: [{ kind: "next-line", line: 1, target: 2, ruleIds: [SHELL] }],
    problems: [/unknown rule "permissions\/unguarded-shel"/],
  },
  {
    name: "a directive naming only unknown ids suppresses nothing",
    text: `execSync(cmd); // plumbline-disable-line all\n`,
    directives: [],
    problems: [/unknown rule "all"/],
  },
  {
    name: "a misspelt directive word is reported",
    text: `// plumbline-disable-nextline ${SHELL}\n// plumbline-disable-next-line: ${SHELL}\n`,
    directives: [],
    problems: [/^unknown directive "plumbline-disable-nextline"/, /^unknown directive "plumbline-disable-next-line:"/],
  },
  {
    name: "a line directive spanning lines is reported",
    text: `/* plumbline-disable-next-line\n   ${SHELL} */\nexecSync(cmd);\n`,
    directives: [],
    problems: [/must fit on one line/],
  },
  {
    name: "a shebang and a file with no directive",
    text: `#!/usr/bin/env node\n// an ordinary comment\nconsole.log(1);\n`,
    directives: [],
  },
];

describe("parseDirectives", () => {
  it.each(cases)("$name", ({ text, path, directives, problems = [] }) => {
    const parsed = parseDirectives(path ?? "src/a.ts", text, isKnown);
    expect(parsed.directives.map(({ kind, line, target, ruleIds, reason }) => ({ kind, line, target, ruleIds, ...(reason ? { reason } : {}) }))).toEqual(directives);
    expect(parsed.problems.map((p) => p.message)).toEqual(problems.map((p) => expect.stringMatching(p)));
  });

  it("reports each problem on the line of its comment", () => {
    const parsed = parseDirectives("src/a.ts", `\n\nx(); // plumbline-disable-line nope\n`, isKnown);
    expect(parsed.problems).toEqual([{ line: 3, message: expect.stringContaining('"nope"') }]);
  });
});
