import { describe, expect, it } from "vitest";
import { z } from "zod";
import { builtInRegistry, capResult, defineTool, ToolRegistry } from "../../src/harness/index.js";

const noop = async () => "ok";

describe("tool registry", () => {
  it("fills every undeclared flag with its unsafe reading", () => {
    const tool = defineTool({ name: "deploy", description: "ship it", input: z.object({}), risk: "network", handler: noop });
    expect([tool.readOnly, tool.idempotent, tool.concurrencySafe, tool.source]).toEqual([false, false, false, "plugin"]);
  });

  it("refuses a read-only claim from a tool that writes, and names that are not snake_case", () => {
    expect(() => defineTool({ name: "w", description: "", input: z.object({}), risk: "write", readOnly: true, handler: noop })).toThrow(/read-only/);
    expect(() => defineTool({ name: "ReadFile", description: "", input: z.object({}), risk: "read", handler: noop })).toThrow(/snake_case/);
  });

  it("throws when a name is registered twice", () => {
    const registry = builtInRegistry();
    const [first] = registry.list();
    expect(first).toBeDefined();
    if (first) expect(() => registry.register(first)).toThrow(/twice/);
  });

  it("describes the six contract tools and spawn_agent with JSON Schema inputs", () => {
    const described = builtInRegistry().describe();
    expect(described.map((d) => d.name)).toEqual(["read_file", "list_files", "search", "write_file", "edit_file", "shell", "spawn_agent"]);
    const edit = described.find((d) => d.name === "edit_file");
    expect(edit?.input_schema).toMatchObject({ type: "object", required: ["path", "old", "new"] });
    expect(described.find((d) => d.name === "write_file")).toMatchObject({ risk: "write", idempotent: true, readOnly: false });
    expect(described.find((d) => d.name === "shell")).toMatchObject({ risk: "execute", idempotent: false });
  });

  it("filters into a new registry", () => {
    const readOnly = builtInRegistry().filter((t) => t.readOnly);
    expect(readOnly.list().map((t) => t.name)).toEqual(["read_file", "list_files", "search", "spawn_agent"]);
    expect(new ToolRegistry().list()).toEqual([]);
  });

  it("validates input before the handler runs", async () => {
    let ran = false;
    const tool = defineTool({ name: "t", description: "", input: z.object({ n: z.number() }), risk: "read", handler: async () => ((ran = true), "x") });
    const ctx = { workspace: "/", signal: new AbortController().signal, resolvePath: (p: string) => p };
    await expect(tool.run({ n: "1" }, ctx)).rejects.toThrow();
    expect(ran).toBe(false);
  });

  it("cuts oversized results and says so", () => {
    const out = capResult("a".repeat(50_000), 1000);
    expect(out.length).toBeLessThan(1200);
    expect(out).toMatch(/49000 characters cut/);
    expect(capResult("short", 1000)).toBe("short");
  });
});
