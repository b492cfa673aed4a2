import { describe, expect, it } from 'vitest';
import { pluralPl } from './plural';

const forms = ['strona', 'strony', 'stron'] as const;

describe('pluralPl', () => {
  it.each([[1, 'strona'], [2, 'strony'], [4, 'strony'], [5, 'stron'], [12, 'stron'], [14, 'stron'], [22, 'strony'], [37, 'stron'], [0, 'stron']])('%i → %s', (n, form) => {
    expect(pluralPl(n, forms)).toBe(form);
  });
});
