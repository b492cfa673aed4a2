/** What citing a reading page (an article or a role) needs, and its citations, made once per build. */
import { site } from '../../site.config.mjs';
import { ui } from '../i18n';
import { citePage, type PageCitations } from '../lib/cite/page-citations';
import { pageEntry } from '../integrations/accelerators/citation-templates';
import { isOn } from '../integrations/accelerators/registry';
import { isoDate } from '../lib/dates';
import { citedVersion, fileChanges, lastChange, repoPath, type FileChange } from '../lib/git-dates';

export interface ReadingPage {
  /** The URL path, e.g. `/historia/charzykowy-1989/`. */
  path: string;
  title: string;
  description: string;
  /** The content file, relative to the project root. */
  file?: string;
  reviewed: Date;
}

export interface CitedPage {
  /** The page's last change (git, else reviewed): the version every citation names. */
  modified: Date;
  citations: PageCitations;
  /** The commit whose text of the content file this build shows, with its permanent links; none for an uncommitted edit or a cut history. */
  version?: FileChange & { fileUrl: string; commitUrl: string };
  /** The file's commits, newest first („Historia zmian”); undefined when the repository's history is not available. */
  changes?: Array<FileChange & { commitUrl: string }>;
}

const commitUrl = (hash: string) => `${site.repository}/commit/${hash}`;
const cache = new Map<string, Promise<CitedPage>>();

/** The page's citations, made once per build (the page and its downloads ask for the same). */
export function citedPage(page: ReadingPage): Promise<CitedPage> {
  // Keyed by everything that goes in, so `astro dev` makes a page's citations again after an edit.
  const key = JSON.stringify(page);
  let cited = cache.get(key);
  if (!cited) {
    const modified = lastChange(page.file, page.reviewed);
    const version = citedVersion(page.file);
    const changes = fileChanges(page.file);
    cited = citePage(
      { path: page.path, title: page.title, description: page.description, modified: isoDate(modified) },
      { name: site.name, url: site.url, editorialTeam: site.editorialTeam, lang: ui(page.path).lang, accessPlaceholder: ui(page.path).cite.accessPlaceholder },
      // The accelerator „citation-templates”: the same text as citeproc's, from a template per style.
      isOn('citation-templates') ? pageEntry : undefined,
    ).then((citations) => ({
      modified,
      citations,
      version: version && page.file ? { ...version, fileUrl: `${site.repository}/blob/${version.hash}/${repoPath(page.file)}`, commitUrl: commitUrl(version.hash) } : undefined,
      changes: changes?.map((c) => ({ ...c, commitUrl: commitUrl(c.hash) })),
    }));
    cache.set(key, cited);
  }
  return cited;
}
