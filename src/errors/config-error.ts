import { EXIT, PlumblineError } from "./plumbline-error.js";

/** A configuration file that is missing, unreadable or invalid. */
export class ConfigError extends PlumblineError {
  override readonly name = "ConfigError";
  constructor(message: string) {
    super(message, "config", EXIT.usage);
  }
}
