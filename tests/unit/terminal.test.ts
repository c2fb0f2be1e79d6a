// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forTerminal, oneLine } from '../../scripts/terminal';

const ROOT = resolve(import.meta.dirname, '../..');

describe('text from a dataset printed to a terminal', () => {
  it.each([
    { text: '\u001b[2K\rexport: all checks passed', line: '\\u{1b}[2K\\u{d}export: all checks passed' },
    { text: 'Acme\u009b2KCorp', line: 'Acme\\u{9b}2KCorp' },
    { text: 'a\nexport: wrote out.png', line: 'a\\u{a}export: wrote out.png' },
    { text: 'bell\u0007 nul\u0000 del\u007f', line: 'bell\\u{7} nul\\u{0} del\\u{7f}' },
    { text: 'Қазақстан — “Wabtec” $4.2 bn', line: 'Қазақстан — “Wabtec” $4.2 bn' },
  ])('$line', ({ text, line }) => {
    expect(oneLine(text)).toBe(line);
    // Nothing a terminal acts on is left.
    expect(oneLine(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('keeps a message’s own line breaks and tabs, and still shows every other control', () => {
    expect(forTerminal('the dataset is not valid:\n\tx\u001b[2K\r')).toBe(
      'the dataset is not valid:\n\tx\\u{1b}[2K\\u{d}',
    );
  });

  it.each(['scripts/validate.ts', 'scripts/check-quotes.ts', 'scripts/export.ts'])(
    '%s prints only through the sanitizer',
    (file) => {
      const source = readFileSync(resolve(ROOT, file), 'utf8');
      expect(source).not.toMatch(/console\.(log|error|warn|info)\(/);
      expect(source).toMatch(/from '\.\/terminal'/);
    },
  );
});
