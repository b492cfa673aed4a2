import { keyLine } from '../text.ts';
import type { LintMessage, Rule } from '../types.ts';
import { translationFreshness } from '../../translation-freshness.ts';
import { roleIdOf } from '../../urls.ts';

/** The content file of a Polish page, from its URL: `/role/mediator/` → `roles/mediator`, `/historia/x/` → `articles/historia/x`. */
function polishEntry(url: string): { collection: string; id: string } {
  const role = roleIdOf(url);
  return role ? { collection: 'roles', id: role } : { collection: 'articles', id: url.replace(/^\/|\/$/g, '') };
}

/**
 * An English page (`en/…`) whose Polish page changed after the revision it translates: a warning listing the day of the
 * change (the page itself says so at its top). A revision that never changed the Polish file is an error. Without the
 * repository's history (a shallow clone, no git) nothing is said.
 */
export const translationOutdated: Rule = {
  id: 'translation-outdated',
  description: 'tłumaczenie angielskie starsze niż ostatnia zmiana polskiej strony',
  check({ files, history }) {
    const out: LintMessage[] = [];
    if (!history?.complete) return out;
    for (const f of files) {
      if (f.collection !== 'en') continue;
      const { translationOf, translatedRevision } = f.data as { translationOf?: unknown; translatedRevision?: unknown };
      if (typeof translationOf !== 'string' || typeof translatedRevision !== 'string') continue;
      const { collection, id } = polishEntry(translationOf);
      const original = files.find((p) => p.collection === collection && p.id === id);
      if (!original) {
        out.push({ file: f.path, line: keyLine(f, 'translationOf'), rule: this.id, severity: 'error', message: `nie ma polskiej strony ${translationOf}` });
        continue;
      }
      const freshness = translationFreshness(translatedRevision, history.changes.get(original.path) ?? [], history.uncommitted.has(original.path), history.now);
      if (freshness.state === 'not-a-revision') {
        out.push({ file: f.path, line: keyLine(f, 'translatedRevision'), rule: this.id, severity: 'error', message: `commit ${translatedRevision} nie zmieniał pliku ${original.path}` });
      } else if (freshness.state === 'outdated') {
        out.push({ file: f.path, line: keyLine(f, 'translatedRevision'), rule: this.id, severity: 'warning', message: `${original.path} zmienił się ${freshness.changedOn} (po ${translatedRevision.slice(0, 7)}) – tłumaczenie może być nieaktualne` });
      }
    }
    return out;
  },
};
