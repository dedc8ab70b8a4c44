import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDirectives } from "../../src/suppress/directive.js";

const IDS = ["permissions/unguarded-shell", "logging/console-only", "registry/switch-dispatch"] as const;
const isKnown = (id: string): boolean => (IDS as readonly string[]).includes(id);

const id = fc.constantFrom(...IDS);
const payload = fc.oneof(
  id.map((x) => `// plumbline-disable-line ${x}`),
  id.map((x) => `// plumbline-disable-next-line ${x} -- why`),
  id.map((x) => `/* plumbline-disable ${x} */`),
);

/** A statement whose only mention of a directive is inside a literal: strings, templates, a tag, JSX text. */
const literalLine = fc.tuple(payload, fc.string({ maxLength: 20 })).chain(([p, noise]) =>
  fc.constantFrom(
    `const s = ${JSON.stringify(p + noise)};`,
    `const s = '${p}';`,
    `const s = \`${p}\`;`,
    `const s = \`\${a} ${p} \${b}\`;`,
    `const s = \`\${\`\${a} ${p}\`} ${p}\`;`,
    `const s = String.raw\`${p}\`;`,
    `const s = \`\n${p}\n\`;`,
    `const r = /"/; const s = "${p}";`,
    `const s = a / 2 + "${p}";`,
    `const v = <p>${p}</p>;`,
    `const v = <p>\n  ${p}\n</p>;`,
  ),
);

/** A real directive comment on a line of its own. */
const commentLine = payload.map((p) => ({ comment: p }));

const program = fc.array(fc.oneof(literalLine, commentLine, fc.constantFrom("f(x);", "", "// an ordinary comment")), { maxLength: 12 });

describe("parseDirectives (properties)", () => {
  it("never throws on arbitrary text, and only returns known ids on lines of the file", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom("// plumbline-disable-line ", "/* plumbline-disable ", "*/", ...IDS, "`", "${", "}", "'", '"', "/", "\n", "<p>", "</p>", " -- ", ","), { maxLength: 40 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, fc.constantFrom("a.ts", "a.tsx", "a.js", "a.jsx"), (t, path) => {
        const parsed = parseDirectives(path, t, isKnown);
        const lines = t.split(/\r\n|[\n\r\u2028\u2029]/).length;
        for (const d of parsed.directives) {
          expect(d.ruleIds.every(isKnown)).toBe(true);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("takes directives from comments only, never from inside a string, template or JSX text", () => {
    fc.assert(
      fc.property(program, (items) => {
        const lines: string[] = [];
        const expected: number[] = [];
        for (const item of items) {
          if (typeof item === "string") lines.push(...item.split("\n"));
          else {
            lines.push(item.comment);
            expected.push(lines.length);
          }
        }
        const parsed = parseDirectives("src/a.tsx", lines.join("\n"), isKnown);
        expect(parsed.directives.map((d) => d.line)).toEqual(expected);
        expect(parsed.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
