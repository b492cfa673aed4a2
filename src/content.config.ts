/**
 * The content model. This file is the documentation of `content/`:
 * every field has a JSDoc comment saying what it means and how to fill it.
 *
 * Entries refer to each other with `reference()`; a reference to an entry
 * that does not exist stops the build with the file and the field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { ContentError } from './lib/content-error';

const dir = (collection: string) => `${contentDir()}/${collection}`;

/**
 * Entry ids from file paths (`historia/charzykowy-1989.md` → `historia/charzykowy-1989`), and a stop when two
 * files would give one id (`a.md` and `a.mdx`): Astro's loader does not always notice, and one entry would
 * silently replace the other.
 */
function uniqueIds(collection: string) {
  const files = new Map<string, string>();
  return ({ entry }: { entry: string }) => {
    const id = entry.replace(/\.(md|mdx|yaml)$/, '').toLowerCase();
    const other = files.get(id);
    if (other && other !== entry) {
      throw new ContentError(`${dir(collection)}/${entry}`, 'id', `ten sam identyfikator „${id}” ma już plik ${dir(collection)}/${other}`);
    }
    files.set(id, entry);
    return id;
  };
}
// Markdown renders while the content syncs (not `deferRender`: that compiles every entry as a Vite module,
// about 20 ms more per page). The glob loader only logs a render error, so src/integrations/content-errors.ts
// stops the build on it.

/** A date as written by an editor: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partialDate = z.preprocess(
  // YAML reads an unquoted 2004-03-12 as a date and 2004 as a number; both mean the text the editor wrote.
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'oczekiwano daty w formacie RRRR, RRRR-MM lub RRRR-MM-DD'),
);

/** Sources cited by an entry: ids of files in `content/sources/`. At least one. */
const sourceRefs = z.array(reference('sources')).min(1, 'wpis musi mieć co najmniej jedno źródło');

/** Who a page is written for. */
export const audiences = ['studenci', 'nowi-pracownicy', 'nauczyciele'] as const;

/** The site's sections; each article belongs to exactly one. */
export const sections = ['zawod', 'kompetencje', 'droga-do-zawodu', 'praktyka', 'historia', 'system', 'prawo', 'przewodniki', 'serwis'] as const;

/** Sections whose pages describe law or procedure: each of their pages must say which legal state it describes (`legalState`). */
export const legalSections: ReadonlyArray<(typeof sections)[number]> = ['prawo', 'praktyka'];

/** A full day, `YYYY-MM-DD` (YAML may read it as a date). */
const day = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'oczekiwano daty w formacie RRRR-MM-DD'),
);

/**
 * „Sprawdź się”: questions a teacher could ask about the page, each with its answer and the section it comes from.
 * Shown at the end of the page in `<details>`, left out of the search excerpts, printed open.
 */
const selfCheck = z.array(z.object({
  /** The question, as a teacher would ask it. */
  question: z.string().min(10),
  /** The answer, in one to three sentences, agreeing with the page's text. */
  answer: z.string().min(3),
  /** The id of the page's heading whose section holds the answer (e.g. `co-sie-wydarzylo`); a missing id stops the build. */
  anchor: z.string().regex(/^[a-z0-9-]+$/, 'oczekiwano identyfikatora nagłówka (małe litery ASCII, cyfry, „-”)'),
})).max(8).default([]);

/** Lists of data a page can show under its text. */
export const listings = ['roles', 'competencies', 'timeline', 'glossary', 'sources', 'institutions', 'statistics', 'section'] as const;

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: dir('articles'), generateId: uniqueIds('articles') }),
  schema: z.object({
    /** The page title, also its `<h1>`. Plain text, Polish typography. */
    title: z.string().min(3),
    /** One or two sentences for search engines, link previews and the search results (50–200 characters). */
    description: z.string().min(50).max(220),
    /** The section the page belongs to (see `sections`). */
    section: z.enum(sections),
    /** The readers the page is chiefly for. */
    audience: z.array(z.enum(audiences)).default([]),
    /** The works the page relies on. Footnotes in the text cite them as `[@id]`. */
    sources: sourceRefs,
    /** The day an editor last checked the page against its sources. */
    reviewed: z.coerce.date(),
    /** Other articles worth reading next. */
    related: z.array(reference('articles')).default([]),
    /** Roles the page is about (used for related pages). */
    roles: z.array(reference('roles')).default([]),
    /**
     * A data listing shown after the text (e.g. the glossary on `/slownik/`). `section` lists the pages in the folder
     * named like this page (`praktyka.md` lists `praktyka/*.md`), with their descriptions, in their order.
     */
    listing: z.enum(listings).optional(),
    /** Order within the section and in navigation; lower first. */
    order: z.number().int().default(100),
    /**
     * „Stan prawny na”: the day of the legal state the page describes (the newest text of the law that was read),
     * `YYYY-MM-DD`. Required in the sections `prawo` and `praktyka`; shown at the top of the page.
     */
    legalState: day.optional(),
    /** Questions to check oneself after reading (see `selfCheck`). */
    selfCheck,
  }).superRefine((a, ctx) => {
    if (legalSections.includes(a.section) && !a.legalState) {
      ctx.addIssue({ code: 'custom', path: ['legalState'], message: `strona w dziale „${a.section}” musi podać stan prawny (legalState: RRRR-MM-DD)` });
    }
  }),
});

const roles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: dir('roles'), generateId: uniqueIds('roles') }),
  schema: z.object({
    /** The role's name in the nominative, lower case (e.g. „mediator”). */
    name: z.string().min(3),
    /** The page title (e.g. „Pracownik socjalny jako mediator”). */
    title: z.string().min(3),
    /** One sentence: what the role means. Shown on the overview and in the diagram. */
    summary: z.string().min(30).max(240),
    /** Position in the seed's list of roles (1–8). */
    order: z.number().int().min(1),
    /** Competencies the role draws on. */
    competencies: z.array(reference('competencies')).min(1),
    /** The works the page relies on. */
    sources: sourceRefs,
    /** The day an editor last checked the page. */
    reviewed: z.coerce.date(),
    /** Questions to check oneself after reading (see `selfCheck`). */
    selfCheck,
  }),
});

const competencies = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: dir('competencies'), generateId: uniqueIds('competencies') }),
  schema: z.object({
    /** Which part of professionalism: knowledge, skill or attitude (the seed's „wiedza, umiejętności i postawa”). */
    kind: z.enum(['wiedza', 'umiejetnosci', 'postawa']),
    /** The name, lower case (e.g. „psychologia”, „wywiad środowiskowy”). */
    name: z.string().min(3),
    /** One to three sentences: what it is. */
    summary: z.string().min(20),
    /** Why a social worker needs it. */
    why: z.string().min(20),
    /** Order within its kind. */
    order: z.number().int().default(100),
    /** The entry in English, for `/en/competencies/`: a translation of the Polish fields, nothing added. */
    en: z.object({ name: z.string().min(3), summary: z.string().min(20), why: z.string().min(20) }),
    /** The works this entry relies on. */
    sources: sourceRefs,
  }),
});

const timeline = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: dir('timeline'), generateId: uniqueIds('timeline') }),
  schema: z.object({
    /** When it happened: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the precision is the one written. */
    date: partialDate,
    /** For a range, when it ended (same format). */
    end: partialDate.optional(),
    /** Short title of the event. */
    title: z.string().min(5),
    /** One to three sentences. */
    summary: z.string().min(20),
    /** People involved, by name. */
    people: z.array(z.string()).default([]),
    /** The article that tells the event in full. */
    page: reference('articles').optional(),
    /** If sources disagree on the date or the facts: what they disagree on. */
    contested: z.string().optional(),
    /**
     * Ids this event had before (its file was renamed, e.g. after its date was corrected). Each stays an anchor on
     * `/os-czasu/`, so a link a teacher cited still lands on the event.
     */
    formerIds: z.array(z.string().regex(/^[a-z0-9-]+$/, 'oczekiwano identyfikatora (małe litery ASCII, cyfry, „-”)')).default([]),
    /** The event in English, for the English history page: a translation of `title`, `summary` and `contested`. */
    en: z.object({ title: z.string().min(5), summary: z.string().min(20), contested: z.string().optional() }),
    /** The works this entry relies on. */
    sources: sourceRefs,
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: dir('glossary'), generateId: uniqueIds('glossary') }),
  schema: z.object({
    /** The term as it is written (e.g. „MOPS”, „wywiad środowiskowy”). */
    term: z.string().min(2),
    /** For an acronym: what it stands for. */
    expansion: z.string().optional(),
    /** One to three sentences. */
    definition: z.string().min(20),
    /** Other spellings and word forms readers use (e.g. „ośrodka pomocy społecznej”). */
    aliases: z.array(z.string()).default([]),
    /** Related terms. */
    seeAlso: z.array(reference('glossary')).default([]),
    /** The term in English: shown on `/slownik/` and listed on `/en/glossary/`. */
    english: z.object({
      /** The English equivalent(s), the one in use first (it is shown and sorted by on `/en/glossary/`). */
      terms: z.array(z.string().min(2)).min(1),
      /**
       * True when an English-language work (`source`) uses this equivalent for the Polish term; false when there is
       * no established equivalent and `terms` is our descriptive translation (the glossary says so).
       */
      established: z.boolean(),
      /** The English-language work that uses the equivalent. Required when `established` is true. */
      source: reference('sources').optional(),
      /** The definition in English: a translation of `definition`, nothing added. */
      definition: z.string().min(20),
    }).refine((e) => !e.established || e.source, { message: 'przy established: true podaj source (angielskojęzyczne źródło odpowiednika)', path: ['source'] }),
    /** The works this entry relies on. */
    sources: sourceRefs,
  }),
});

const person = z.union([
  z.object({
    /** Surname. */
    family: z.string(),
    /** Given names. */
    given: z.string(),
  }),
  /** A corporate author, written whole (e.g. „Miejski Ośrodek Pomocy Społecznej w Krakowie”). */
  z.object({ literal: z.string() }),
]);

const sources = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: dir('sources'), generateId: uniqueIds('sources') }),
  schema: z.object({
    /** The kind of work, as a CSL type. `legislation` for acts, `bill` for drafts. */
    type: z.enum(['legislation', 'bill', 'article-journal', 'article-magazine', 'article-newspaper', 'webpage', 'book', 'chapter', 'report', 'document']),
    /** Title as published. */
    title: z.string().min(3),
    /** Authors: persons or one corporate author. */
    author: z.array(person).default([]),
    /** Editors of a book or collection. */
    editor: z.array(person).default([]),
    /** Date of publication: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Leave out if unknown and say so in `dateNote`. */
    issued: partialDate.optional(),
    /** What is known about the date when it is not printed (e.g. „rok publikacji nieznany; prawdopodobnie 2015”). */
    dateNote: z.string().optional(),
    /** Journal, book or website the work appears in. */
    containerTitle: z.string().optional(),
    /** Volume or year of a journal. */
    volume: z.string().optional(),
    /** Issue number. */
    issue: z.string().optional(),
    /** Pages, e.g. „233–248”. */
    page: z.string().optional(),
    /** Publisher or issuing body. */
    publisher: z.string().optional(),
    /** Place of publication. */
    publisherPlace: z.string().optional(),
    /** For acts: the official journal reference, e.g. „Dz.U. 2004 nr 64 poz. 593”. */
    number: z.string().optional(),
    /** The address it was read at. https only. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** The day the address was read, where it is recorded. The fact sheet does not record access dates, so most entries leave it out rather than invent one. */
    accessed: partialDate.optional(),
    /** Anything a reader should know: that it is an archived notice, that a date is inferred, etc. */
    note: z.string().optional(),
  }),
});

const institutions = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: dir('institutions'), generateId: uniqueIds('institutions') }),
  schema: z.object({
    /** Full name of the facility type. */
    name: z.string().min(3),
    /** Its usual acronym, if any. */
    acronym: z.string().optional(),
    /** The level of self-government that runs it or the system level it belongs to. */
    level: z.enum(['gmina', 'powiat', 'wojewodztwo', 'rozne']),
    /** What it is for. */
    purpose: z.string().min(20),
    /** Who it serves. */
    serves: z.string().min(10),
    /** The law it rests on, as precisely as the sources allow. */
    legalBasis: z.string().optional(),
    /** The glossary term that explains it. */
    term: reference('glossary').optional(),
    /** The facility type in English, for `/en/system/`: a translation of the fields above. */
    en: z.object({ name: z.string().min(3), purpose: z.string().min(20), serves: z.string().min(10), legalBasis: z.string().optional() }),
    /** The works this entry relies on. */
    sources: sourceRefs,
  }),
});

const statistics = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: dir('statistics'), generateId: uniqueIds('statistics') }),
  schema: z.object({
    /** What is counted, e.g. „Rodziny objęte pomocą MOPS w Krakowie według powodu”. */
    title: z.string().min(5),
    /** The year the figures describe, or „nieznany” when the source gives none (then say what is known in `yearNote`). */
    year: z.union([z.number().int().min(1900).max(2100), z.literal('nieznany')]),
    /** What is known about the year when it is not printed. Required when `year` is „nieznany”. */
    yearNote: z.string().optional(),
    /** The unit of every value (e.g. „rodziny”, „osoby”). */
    unit: z.string().min(2),
    /** The figures. `approx` marks a value the source gives as „około” or „ponad”. */
    rows: z.array(z.object({
      /** What the value counts. */
      label: z.string(),
      /** The value. */
      value: z.number(),
      /** How the source qualifies it: „około”, „ponad”, „blisko”. */
      qualifier: z.enum(['około', 'ponad', 'blisko']).optional(),
    })).min(1),
    /** The one work these figures come from. Never merge figures from two works. */
    source: reference('sources'),
    /** Order on the statistics page. */
    order: z.number().int().default(100),
  }).refine((s) => s.year !== 'nieznany' || Boolean(s.yearNote), { message: 'przy roku „nieznany” podaj yearNote', path: ['yearNote'] }),
});

const paths = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: dir('paths'), generateId: uniqueIds('paths') }),
  schema: z.object({
    /** The readers the path is for. */
    audience: z.enum(audiences),
    /** The path's title. */
    title: z.string().min(5),
    /** The article that introduces the path (its landing page). */
    page: reference('articles'),
    /** The pages to read, in order: article ids. */
    steps: z.array(reference('articles')).min(5),
    /** Things to do or check along the way. */
    checklist: z.array(z.string()).default([]),
  }),
});

/** Lists an English page can show under its text: the same data as its Polish page's listing, in English. */
export const translationListings = ['roles', 'competencies', 'timeline', 'glossary', 'institutions'] as const;

/**
 * The English edition (`content/en/`, at `/en/…`): each page translates one Polish page as it stands – the same
 * facts, footnotes and sources – and records which revision of it, so that a later change of the Polish page shows.
 */
const translations = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: dir('en'), generateId: uniqueIds('en') }),
  schema: z.object({
    /** The page title, also its `<h1>`. */
    title: z.string().min(3),
    /** One or two sentences for search engines, link previews and search results (50–220 characters). */
    description: z.string().min(50).max(220),
    /** The Polish page this page translates, by its URL (`/historia/charzykowy-1989/`). Left out only on an English original. */
    translationOf: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'oczekiwano adresu polskiej strony, np. /historia/charzykowy-1989/').optional(),
    /**
     * The commit of the Polish page's file that was translated (`git log -1 --format=%H -- <file>` at the time).
     * When the Polish file changes in a later commit, the page says its translation may be out of date.
     */
    translatedRevision: z.string().regex(/^[0-9a-f]{7,40}$/, 'oczekiwano skrótu commita (7–40 znaków 0-9a-f)').optional(),
    /** Role pages only: the role's short name in English, lower case (e.g. „mediator”), for lists and the diagram. */
    name: z.string().min(3).optional(),
    /** The works the page relies on: those of the Polish page. Footnotes cite them as `[@id]`. */
    sources: sourceRefs,
    /** The day an editor last checked the translation against the Polish page and its sources. */
    reviewed: z.coerce.date(),
    /** Order in lists; lower first. */
    order: z.number().int().default(100),
    /** The data listing shown after the text, in English (the Polish page's `listing`). */
    listing: z.enum(translationListings).optional(),
    /** Questions to check oneself after reading (see `selfCheck`). */
    selfCheck,
  }).superRefine((t, ctx) => {
    if (Boolean(t.translationOf) !== Boolean(t.translatedRevision)) {
      ctx.addIssue({ code: 'custom', path: [t.translationOf ? 'translatedRevision' : 'translationOf'], message: 'tłumaczenie podaje razem translationOf (adres polskiej strony) i translatedRevision (commit jej pliku); oryginał angielski nie podaje żadnego' });
    }
  }),
});

export const collections = { articles, roles, competencies, timeline, glossary, sources, institutions, statistics, paths, translations };
