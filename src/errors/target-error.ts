import { EXIT, PlumblineError } from "./plumbline-error.js";

/** The audit target is missing, not a directory, or unreadable. */
export class TargetError extends PlumblineError {
  override readonly name = "TargetError";
  constructor(message: string) {
    super(message, "target", EXIT.usage);
  }
}
