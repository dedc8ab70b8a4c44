import rule from "../../../src/rules/registry/tool-factory.js";
import { ruleTester } from "../../support/rule-tester.js";

const defineToolCall = (name: string, comment = ""): string => `export const ${name} = defineTool({${comment}
  name: "${name}",
  description: "The ${name} tool",
  input: z.object({ path: z.string() }),
  parameters: z.object({ path: z.string() }),
  handler: async ({ path }) => path,
});
`;

ruleTester(rule, {
  valid: [
    {
      name: "two tools are not a pattern",
      files: { "src/tools.ts": `import { z } from "zod";\n${defineToolCall("read_file")}${defineToolCall("write_file")}` },
    },
    {
      name: "plain objects go through no factory",
      files: {
        "src/tools.ts": `export const a = { name: "a", description: "A", parameters: {} };
export const b = { name: "b", description: "B", parameters: {} };
export const c = { name: "c", description: "C", parameters: {} };
`,
      },
    },
  ],
  invalid: [
    {
      name: "every tool goes through defineTool",
      files: {
        "src/tools/read.ts": `import { z } from "zod";\n${defineToolCall("read_file", " // expect: registry/tool-factory")}`,
        "src/tools/write.ts": `import { z } from "zod";\n${defineToolCall("write_file")}`,
        "src/tools/list.ts": `import { z } from "zod";\n${defineToolCall("list_files")}`,
      },
    },
  ],
});
