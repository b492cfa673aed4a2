import { describe, expect, it } from 'vitest';
import { recordCitations, takeCitationFiles } from './citation-files';
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
});
