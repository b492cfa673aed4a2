/** Helpers shared by the rules: where things are in a file, and which parts of Markdown are prose. */
import { isPair, isScalar, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import type { ContentFile } from './types.ts';

/** The line of `key:` at the top level of a file's YAML data (frontmatter or YAML file); the data's first line if not found. */
export function keyLine(file: ContentFile, key: string): number {
  const lines = file.text.split('\n');
  const re = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const i = lines.findIndex((l) => re.test(l));
  return i >= 0 ? i + 1 : file.dataLine;
}

/** The first line of the file on which `needle` appears (at a word start); 1 if nowhere. */
export function lineOf(file: ContentFile, needle: string): number {
  const i = file.text.split('\n').findIndex((l) => l.includes(needle));
  return i >= 0 ? i + 1 : 1;
}

export interface ProseLine {
  /** 1-based line in the file. */
  line: number;
  /** The line with code, URLs, HTML/JSX tags and link targets blanked out. */
  text: string;
}

/** The prose of a Markdown body, line by line: no code blocks, inline code, tags, link targets, bare URLs or MDX imports. */
export function proseLines(file: ContentFile): ProseLine[] {
  const out: ProseLine[] = [];
  let fence: string | undefined;
  file.body.split('\n').forEach((raw, i) => {
    const line = file.bodyLine + i;
    const f = /^\s*(```+|~~~+)/.exec(raw);
    if (f) { fence = fence ? (raw.trim().startsWith(fence) ? undefined : fence) : f[1]; return; }
    if (fence || /^\s*(import|export)\s/.test(raw)) return;
    const text = raw
      .replace(/`[^`]*`/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\{[^}]*\}/g, ' ');
    out.push({ line, text });
  });
  return out;
}

export interface TextValue {
  /** The YAML key the text belongs to (the nearest one above it). */
  key: string;
  value: string;
  /** 1-based line in the file where the offending part sits. */
  line: number;
  /** The scalar as written in the file, including quotes. */
  source: string;
}

/** Every string value of the file's YAML data (not keys), with its line. */
export function yamlTextValues(file: ContentFile): TextValue[] {
  const yamlText = /\.ya?ml$/.test(file.path) ? file.text : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text)?.[1] ?? '');
  const offset = /\.ya?ml$/.test(file.path) ? 0 : 1;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const out: TextValue[] = [];
  visit(doc, {
    Scalar(key, node: Scalar, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const parent = [...path].reverse().find((p) => isPair(p));
      const name = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : '';
      const source = yamlText.slice(node.range[0], node.range[1]);
      out.push({ key: name, value: node.value, line: counter.linePos(node.range[0]).line + offset, source });
    },
  });
  return out;
}
