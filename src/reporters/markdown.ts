import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { PillarKey } from "../core/pillars.js";
import type { PillarModel } from "../engine/pillar-model.js";
import { PILLAR_MODELS } from "../pillars/index.js";
import type { Report } from "../report/report.js";
import { markdownCode, markdownText } from "./escape.js";
import { markdownView } from "./markdown-view.js";

/** The package's reports/ folder, found from this module so it works from src, dist and any cwd. */
export const TEMPLATE_DIR = fileURLToPath(new URL("../../reports/", import.meta.url));

type Render = (view: object) => string;
let compiled: Render | undefined;

function stringOf(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/**
 * A Handlebars environment of its own. Repository text goes through `md` (inline Markdown, safe in a
 * table cell) or `code` (a code span); anything printed bare is still HTML-escaped by Handlebars.
 */
function environment(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("md", (value: unknown) => new hb.SafeString(markdownText(stringOf(value))));
  hb.registerHelper("code", (value: unknown) => new hb.SafeString(markdownCode(stringOf(value))));
  hb.registerHelper("loc", (file: unknown, line: unknown) => `${stringOf(file)}:${stringOf(line)}`);
  const partials = join(TEMPLATE_DIR, "partials");
  for (const name of readdirSync(partials)) {
    if (name.endsWith(".hbs")) hb.registerPartial(name.slice(0, -4), readFileSync(join(partials, name), "utf8"));
  }
  return hb;
}

function template(): Render {
  if (!compiled) {
    const hb = environment();
    compiled = hb.compile(readFileSync(join(TEMPLATE_DIR, "markdown.hbs"), "utf8"), { strict: true });
  }
  return compiled;
}

/** Markdown for a pull-request comment or a review document, rendered from the templates in reports/. */
export function formatMarkdown(report: Report, models: Readonly<Record<PillarKey, PillarModel>> = PILLAR_MODELS): string {
  const text = template()(markdownView(report, models));
  return `${text.replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
