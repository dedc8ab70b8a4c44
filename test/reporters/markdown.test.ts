import { describe, expect, it } from "vitest";
import { markdownCode, markdownText } from "../../src/reporters/escape.js";
import { formatMarkdown } from "../../src/reporters/markdown.js";
import { sampleReport } from "./sample-report.js";

/** Splits a Markdown table row into cells the way GFM does: on pipes not escaped with a backslash. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe("markdown reporter", () => {
  const md = formatMarkdown(sampleReport());

  it("has every section of a review document", () => {
    for (const heading of [
      "## Plumbline audit:",
      "### Pillars",
      "### Findings",
      "### Recommendations",
      "### Evidence per pillar",
      "### Frameworks and diagnostics",
      "### How scores are computed",
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain("**Score 9/100, grade F.**");
    expect(md).toContain("Frameworks found: Anthropic SDK");
    expect(md).toContain("`src/broken.ts`: could not parse: unexpected token");
  });

  it("lists every pillar and every finding as one table row of the right width", () => {
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    const pillarRows = rows.filter((r) => /\(`[a-z]+`\) \|/.test(r));
    expect(pillarRows).toHaveLength(7);
    for (const r of pillarRows) expect(cells(r)).toHaveLength(5);
    const findingRows = rows.filter((r) => /^\| (?:error|warning|info) \|/.test(r));
    expect(findingRows).toHaveLength(4);
    for (const r of findingRows) expect(cells(r)).toHaveLength(4);
  });

  it("renders recommendations with all their steps", () => {
    expect(md).toContain("1. **Put a permission check in front of every tool call** (`permissions`)");
    expect(md).toContain("   - Tier tools by risk.");
  });

  it("escapes repository-controlled text: no HTML, no links, no mentions, no broken tables", () => {
    expect(md).not.toContain("<img");
    expect(md).not.toContain("](javascript");
    expect(md).not.toContain("@octocat");
    expect(md).not.toContain("\u001b");
    expect(md).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
  });

  it("is free of template leftovers and runs of blank lines", () => {
    expect(md).not.toMatch(/\{\{|\}\}/);
    expect(md).not.toMatch(/\n{3,}/);
  });

  it("says when there is nothing to report", () => {
    const clean = formatMarkdown(sampleReport({ findings: [], recommendations: [], diagnostics: [], frameworks: [] }));
    expect(clean).toContain("No findings.");
    expect(clean).toContain("Nothing to recommend");
    expect(clean).toContain("Every file was parsed.");
    expect(clean).toContain("No known agent framework");
  });
});

describe("markdown suppressed findings", () => {
  const [first, second] = sampleReport().findings;
  if (!first || !second) throw new Error("sample has findings");

  it("counts them in the summary and lists them, with their reasons escaped, under the findings", () => {
    const md = formatMarkdown(sampleReport({ suppressed: [{ ...first, reason: "sandboxed <b>really</b>" }, second] }));
    expect(md).toMatch(/1 note\(s\), 2 suppressed · plumbline/);
    expect(md).toContain("Suppressed by `plumbline-disable` comments in the code (2)");
    expect(md).toContain("`permissions/unguarded-shell`: sandboxed &lt;b&gt;really&lt;/b&gt;");
    expect(md).toContain("- `src/agent.ts:14` `budgeting/unbounded-loop` (no reason given)");
  });

  it("says nothing about suppression when nothing was suppressed", () => {
    const md = formatMarkdown(sampleReport());
    expect(md).not.toContain("suppressed");
    expect(md).not.toContain("Suppressed");
  });
});

describe("markdown escaping", () => {
  it.each([
    ["a | b", "a \\| b"],
    ["[x](http://e.vil)", "\\[x\\]\\(http://e.vil\\)"],
    ["<b>&", "&lt;b&gt;&amp;"],
    ["*bold* _it_ `c`", "\\*bold\\* \\_it\\_ \\`c\\`"],
    ["line\nbreak", "line break"],
    ["@user", "&#64;user"],
  ])("markdownText(%j)", (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  it.each([
    ["src/a.ts", "`src/a.ts`"],
    ["a`b", "``a`b``"],
    ["`a", "`` `a ``"],
    ["a|b", "`a\\|b`"],
  ])("markdownCode(%j)", (input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });
});

describe("markdown size", () => {
  it("caps the findings table so a pull-request comment stays under GitHub's limit", () => {
    const base = sampleReport();
    const one = base.findings[1];
    if (!one) throw new Error("sample has findings");
    const many = sampleReport({ findings: Array.from({ length: 1000 }, (_, i) => ({ ...one, line: i + 1 })) });
    const md = formatMarkdown(many);
    expect(md).toContain("… and 900 more");
    expect(md.length).toBeLessThan(65_536);
  });
});
