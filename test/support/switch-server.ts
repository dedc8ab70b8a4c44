/** An MCP-style server whose tool declarations are filtered per client but run by a switch on the tool name. */
export function switchServer(switchComment = ""): string {
  return `const allTools = [
  { name: "read_file", description: "Read", inputSchema: { type: "object" } },
  { name: "write_file", description: "Write", inputSchema: { type: "object" } },
  { name: "list_directory", description: "List", inputSchema: { type: "object" } },
];
export const listTools = (client: string) => allTools.filter((t) => client !== "web" || t.name !== "write_file");
export async function handleCallToolRequest(name: string, args: { path: string }) {
  switch (name) {${switchComment}
    case "read_file": return readFile(args.path);
    case "write_file": return writeFile(args.path);
    case "list_directory": return listDirectory(args.path);
    default: throw new Error("unknown tool");
  }
}
`;
}
