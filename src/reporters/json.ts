import type { Report } from "../report/report.js";

/** The JSON report contract, pretty-printed. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
