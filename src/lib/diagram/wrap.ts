/** Breaks a label into lines of at most `max` characters at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Rounds to one decimal place, so that the SVG stays short and the numbers stable. */
export const round = (n: number) => Math.round(n * 10) / 10;
