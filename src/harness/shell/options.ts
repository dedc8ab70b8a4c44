/** How a program reads its options: which ones take a value. */
export interface OptionSyntax {
  /** Short option letters that take a value, attached (`-n5`) or as the next word (`-n 5`). */
  valueShort?: string;
  /** Long options that take the next word as value when written without `=`. */
  valueLong?: readonly string[];
}

/** One option as the program sees it: `-n`, `--output`, with its value if it takes one. */
export interface ParsedOption {
  name: string;
  value: string | undefined;
}

/** Options and operands of one command line, getopt style (`--` ends options). */
export interface ParsedArgs {
  options: ParsedOption[];
  operands: string[];
}

/** Splits arguments into options and operands; `-abc` is three short options. */
export function parseOptions(args: readonly string[], syntax: OptionSyntax): ParsedArgs {
  const parsed: ParsedArgs = { options: [], operands: [] };
  const valueShort = syntax.valueShort ?? "";
  const valueLong = syntax.valueLong ?? [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg : arg.slice(0, eq);
      const takesNext = eq < 0 && valueLong.includes(name);
      parsed.options.push({ name, value: eq >= 0 ? arg.slice(eq + 1) : takesNext ? args[++i] : undefined });
      continue;
    }
    if (/^-[0-9]+$/.test(arg)) {
      parsed.options.push({ name: arg, value: undefined });
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg.charAt(j);
        if (valueShort.includes(letter)) {
          const rest = arg.slice(j + 1);
          parsed.options.push({ name: `-${letter}`, value: rest !== "" ? rest : args[++i] });
          break;
        }
        parsed.options.push({ name: `-${letter}`, value: undefined });
      }
      continue;
    }
    parsed.operands.push(arg);
  }
  return parsed;
}

/** True when `given` names `option`, also as an unambiguous GNU-style abbreviation (`--out` for `--output`). */
export function optionMatches(given: string, option: string): boolean {
  if (!option.startsWith("--")) return given === option;
  return given === option || (given.length >= 4 && option.startsWith(given));
}
