import { describe, expect, it } from "vitest";
import { classifyCommand, type PermissionMode } from "../../../src/harness/shell/classify.js";
import { HOME, WORKSPACE } from "./tables.js";

const decide = (command: string, mode: PermissionMode) => classifyCommand(command, { mode, workspace: WORKSPACE, home: HOME }).decision;

describe("permission modes", () => {
  it.each([
    // command,                         plan,   default, accept-edits, bypass
    ["ls -la", "allow", "allow", "allow", "allow"],
    ["echo x > notes.txt", "deny", "ask", "ask", "allow"],
    ["npm install", "deny", "ask", "ask", "allow"],
    ["curl https://example.com", "deny", "ask", "ask", "allow"],
    ["cat ~/.ssh/id_rsa", "deny", "ask", "ask", "allow"],
    ["echo x > .git/hooks/pre-push", "deny", "ask", "ask", "ask"],
    ["ls 'unterminated", "deny", "ask", "ask", "ask"],
    ["$'\\x6c\\x73'", "deny", "ask", "ask", "ask"],
    ["ls\u200b", "deny", "ask", "ask", "ask"],
    ["rm -rf /", "deny", "deny", "deny", "deny"],
    ["rm -rf build", "deny", "ask", "ask", "allow"],
    ["rm -rf $DIR", "deny", "ask", "ask", "ask"],
    ["rm -rf /tmp/cache", "deny", "ask", "ask", "ask"],
    ["eval \"$CMD\"", "deny", "ask", "ask", "ask"],
    ["bash -c \"$(cat script.txt)\"", "deny", "ask", "ask", "ask"],
  ])("%j: plan %s, default %s, accept-edits %s, bypass %s", (command, plan, standard, edits, bypass) => {
    expect([decide(command, "plan"), decide(command, "default"), decide(command, "accept-edits"), decide(command, "bypass")]).toEqual([plan, standard, edits, bypass]);
  });

  it("judges paths against the given workspace", () => {
    const other = (command: string) => classifyCommand(command, { mode: "default", workspace: "/srv/app", home: "/home/x" }).decision;
    expect(other("cat /srv/app/README.md")).toBe("allow");
    expect(other("cat /work/proj/README.md")).toBe("ask");
    expect(other("cd lib && cat README.md")).toBe("allow");
    // After a cd, a path must stay inside from every directory the command may be in (a subshell's cd does not last).
    expect(other("cd lib && cat ../README.md")).toBe("ask");
    expect(other("cd lib && cat ../../etc")).toBe("ask");
  });

  it("treats a workspace that is the home directory as home for deletes", () => {
    expect(classifyCommand("rm -rf .", { mode: "bypass", workspace: "/home/x", home: "/home/x" }).decision).toBe("deny");
  });
});
