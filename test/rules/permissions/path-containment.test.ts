import rule from "../../../src/rules/permissions/path-containment.js";
import { ruleTester } from "../../support/rule-tester.js";

const tool = `export const t = { name: "read_file", description: "Read", parameters: { type: "object" } };\n`;

ruleTester(rule, {
  valid: [
    {
      name: "a bounding-box check named assert...Inside is geometry, not path containment",
      files: {
        "src/bbox.ts": `export function assertPixelBboxInsideImage(bbox: number[], width: number, height: number) {
  if (bbox[2] > width || bbox[3] > height) throw new Error("bbox outside image");
}
export const clamp = (bbox: number[], w: number, h: number) => { assertPixelBboxInsideImage(bbox, w, h); return bbox; };
`,
      },
    },
    {
      name: "type guards named is-In-something are not containment",
      files: {
        "src/tools.ts": tool,
        "src/guards.ts": `import ts from "typescript";
export const isNum = (n: unknown) => Number.isInteger(n);
export const isInter = (n: ts.Node) => ts.isIntersectionTypeNode(n);
`,
      },
    },
    {
      name: "startsWith on a string that is not a resolved path",
      files: {
        "src/tools.ts": tool,
        "src/urls.ts": `export function isHttps(url: string, prefix: string): boolean {
  const trimmed = url.trim();
  return trimmed.startsWith(prefix);
}
`,
      },
    },
  ],
  invalid: [
    {
      name: "isWithinRoot helper and a relative-path escape check",
      files: {
        "src/tools.ts": tool,
        "src/paths.ts": `import path from "node:path";
export function isWithinRoot(file: string, root: string): boolean { // expect: permissions/path-containment
  const rel = path.relative(root, path.resolve(root, file));
  return !rel.startsWith("..") && !path.isAbsolute(rel); // expect: permissions/path-containment
}
`,
      },
    },
    {
      name: "resolved path checked with startsWith against the workspace, whatever the helper is called",
      files: {
        "src/tools.ts": tool,
        "src/utils.ts": `import path from "node:path";
const WORKSPACE = path.resolve("workspace");
export function getSafeWorkspacePath(userPath = "."): string {
  const resolvedPath = path.resolve(WORKSPACE, userPath);
  if (!resolvedPath.startsWith(WORKSPACE)) throw new Error("Path traversal attempt"); // expect: permissions/path-containment
  return resolvedPath;
}
`,
      },
    },
  ],
});
