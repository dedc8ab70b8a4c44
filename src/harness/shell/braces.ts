/** Bash brace expansion of one word (`{rm,-rf,/}` becomes three words), capped to stay cheap. */
export function expandBraces(word: string, limit = 64): string[] {
  const open = word.indexOf("{");
  if (open < 0) return [word];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < word.length && close < 0; i++) {
    const c = word.charAt(i);
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) close = i;
    else if (c === "," && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) return [word];
  const head = word.slice(0, open);
  const tail = word.slice(close + 1);
  const cuts = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length && out.length < limit; k++) {
    const alternative = word.slice((cuts[k] ?? 0) + 1, cuts[k + 1]);
    out.push(...expandBraces(head + alternative + tail, limit - out.length));
  }
  return out;
}
