// The server and the CLI are compiled without src/web (tsconfig.build.json), so nothing outside
// it may import from it: under the test runner such an import works, and `npm start` then fails.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const web = path.join(src, 'web');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === web ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('what the server build compiles', () => {
  it('imports nothing from src/web outside src/web', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(src)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.resolve(path.dirname(file), specifier!);
        if (target === web || target.startsWith(`${web}${path.sep}`)) offenders.push(`${path.relative(src, file)} → ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
