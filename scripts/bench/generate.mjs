// Synthetic but realistic Polish pages for the benchmark, made from the real content's own
// sentences, headings, glossary terms and sources, so that every plugin has real work to do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic PRNG (mulberry32), so that two runs generate the same pages. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function files(dir, ext) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** The vocabulary of the real content: sentences (without footnote marks), headings, glossary terms, source ids. */
export function vocabulary(contentDir) {
  const sentences = [];
  const headings = [];
  for (const f of files(join(contentDir, 'articles'), '.md')) {
    const body = readFileSync(f, 'utf8').replace(/^---[\s\S]*?---/, '');
    for (const line of body.split('\n')) {
      if (line.startsWith('## ')) headings.push(line.slice(3).trim());
      else if (line && !/^(\[\^|[-*>|<#]|\d+\.)/.test(line)) {
        for (const s of line.replace(/\[\^[^\]]+\]/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').split(/(?<=[.!?])\s+/)) {
          if (s.length > 40 && s.length < 300 && !/[[\]{}<>*_`]/.test(s)) sentences.push(s);
        }
      }
    }
  }
  const terms = files(join(contentDir, 'glossary'), '.yaml').map((f) => /^term:\s*(.+)$/m.exec(readFileSync(f, 'utf8'))?.[1]?.trim()).filter(Boolean);
  const sources = files(join(contentDir, 'sources'), '.yaml').map((f) => f.split('/').pop().replace(/\.yaml$/, ''));
  return { sentences, headings, terms, sources };
}

/** One page of Markdown with frontmatter, headings, footnotes citing real sources, glossary terms and a table. */
export function page(i, vocab, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const term = pick(vocab.terms);
  const used = new Set();
  let note = 0;
  const notes = [];
  const cite = () => {
    const id = pick(vocab.sources);
    used.add(id);
    note += 1;
    notes.push(`[^${note}]: [@${id}].`);
    return `[^${note}]`;
  };
  const sections = [];
  for (let s = 0; s < 4; s++) {
    const paragraphs = [];
    for (let p = 0; p < 3; p++) {
      paragraphs.push(`${pick(vocab.sentences)} ${pick(vocab.sentences)}${cite()} Pojęcie ${pick(vocab.terms)} wiąże się z tym, co opisuje hasło ${pick(vocab.terms)}.`);
    }
    sections.push(`## ${pick(vocab.headings)} (${s + 1})\n\n${paragraphs.join('\n\n')}`);
  }
  const table = ['| Placówka | Liczba osób | Rok |', '|---|---:|---:|', ...[1, 2, 3].map(() => `| ${pick(vocab.terms)} | ${Math.floor(rand() * 900) + 10} | ${2010 + Math.floor(rand() * 14)} |`)].join('\n');
  const title = `Procedura lokalna ${i}: ${term}`;
  return `---
title: "${title}"
description: "Przykładowa procedura lokalna nr ${i} do testu wydajności: ${term}, dokumentacja, współpraca i źródła."
section: system
audience: [nowi-pracownicy]
sources: [${[...used].join(', ')}]
reviewed: 2026-11-23
order: ${1000 + i}
---

${sections.join('\n\n')}

## Dane

${table}

${notes.join('\n')}
`;
}
