import { describe, expect, it } from 'vitest';
import { recordCitations, sendCitationFilesTo, takeCitationFiles } from './citation-files';
import type { PageCitations } from './page-citations';

const citations: PageCitations = { key: 'kps_historia_x', styles: [], bibtex: '@misc{kps_historia_x}', ris: 'TY  - ELEC\n', cslJson: '[]\n' };

describe('citation files recorded by the pages', () => {
  it('gives each recorded page its RIS, CSL-JSON and BibTeX file, once', () => {
    recordCitations('/historia/x/', citations);
    recordCitations('/historia/x/', citations);
    const files = takeCitationFiles();
    expect([...files.keys()]).toEqual(['/cytuj/historia/x.ris', '/cytuj/historia/x.json', '/cytuj/historia/x.bib']);
    expect(files.get('/cytuj/historia/x.bib')).toBe('@misc{kps_historia_x}\n');
    expect(takeCitationFiles().size, 'taken files are not given again').toBe(0);
  });

  it('sends each page’s files to the sink as it records them, once, and the ones recorded before the sink', () => {
    const sent: string[] = [];
    recordCitations('/a/', citations);
    sendCitationFilesTo((path) => sent.push(path));
    expect(sent).toEqual(['/cytuj/a.ris', '/cytuj/a.json', '/cytuj/a.bib']);
    recordCitations('/b/', citations);
    recordCitations('/b/', citations);
    expect(sent.slice(3)).toEqual(['/cytuj/b.ris', '/cytuj/b.json', '/cytuj/b.bib']);
    recordCitations('/b/', { ...citations, ris: 'TY  - BOOK\n' });
    expect(sent.slice(6), 'a changed file goes again').toEqual(['/cytuj/b.ris']);
    expect([...takeCitationFiles().keys()]).toHaveLength(6);
    recordCitations('/c/', citations);
    expect(sent, 'taking the files removes the sink').toHaveLength(7);
    takeCitationFiles();
  });
});
