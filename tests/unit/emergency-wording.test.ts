import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EMERGENCY_NUMBER_PATTERN } from './review-rules';

/** Every source file a reader's text can come from (the glossary's entries are tested on their own). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|tsx|html)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('emergency wording', () => {
  const root = resolve(import.meta.dirname, '../..');
  const files = ['components', 'entrypoints', 'screening', 'glossary'].flatMap((dir) => sourceFiles(join(root, dir)));

  it('finds the text it checks', () => {
    expect(files.some((file) => file.endsWith('ScreeningForm.tsx'))).toBe(true);
  });

  it('never says 911 without "(or your local emergency number)", anywhere readers see', () => {
    const alone = files.flatMap((file) => {
      // Line breaks in JSX text become spaces on screen.
      const text = readFileSync(file, 'utf8').replace(/\s*\n\s*/g, ' ');
      return (text.match(EMERGENCY_NUMBER_PATTERN) ?? []).map(() => file.slice(root.length + 1));
    });
    expect(alone).toEqual([]);
  });
});
