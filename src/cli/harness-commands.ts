import type { Command } from "commander";
import type { CliIo } from "./io.js";

/** Registers `plumbline harness ...` and `plumbline gate` (filled in by the harness). */
export function registerHarnessCommands(_program: Command, _io: CliIo, _setCode: (code: number) => void): void {}
