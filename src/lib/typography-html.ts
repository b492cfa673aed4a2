import { typographyFor } from './typography';

const TAG = /(<!--[\s\S]*?-->|<[^>]+>)/;
const RAW = /^<(script|style|pre|code|textarea|kbd|samp)\b/i;

/**
 * Applies the edition's typography (Polish by default) to the text of a whole HTML page – Markdown, data, UI strings
 * and titles alike – leaving tags, attributes, comments and the content of code, pre, script and style untouched.
 */
export function typographyHtml(html: string, lang: 'pl' | 'en' = 'pl'): string {
  const typography = typographyFor(lang);
  const parts = html.split(TAG);
  const raw: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      const open = RAW.exec(part);
      if (open && !part.endsWith('/>')) raw.push(open[1]!.toLowerCase());
      else if (raw.length && part.toLowerCase().startsWith(`</${raw[raw.length - 1]}`)) raw.pop();
      continue;
    }
    if (raw.length === 0 && part.trim()) parts[i] = typography(part);
  }
  return parts.join('');
}
