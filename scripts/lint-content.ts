/**
 * `npm run lint:content`: checks `content/` (or `KPS_CONTENT_DIR`) and prints `file:line` messages.
 * Exits 1 when there is an error; warnings alone pass. The rules live in `src/lib/lint/rules/`.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatMessage, lintContent } from '../src/lib/lint/index.ts';

const dirName = contentDir();
const messages = lintContent(resolve(import.meta.dirname, '..', dirName));
for (const m of messages) console.log(formatMessage(m, dirName));
const errors = messages.filter((m) => m.severity === 'error').length;
console.log(`lint:content: ${errors} error(s), ${messages.length - errors} warning(s)`);
process.exitCode = errors ? 1 : 0;
