import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { procedureDiagram } from './diagram.js';

describe('docs/procedure.md', () => {
  it('shows the state diagram drawn from the transition table (run `npm run docs:procedure` after changing the table)', () => {
    const doc = fs.readFileSync(new URL('../../../docs/procedure.md', import.meta.url), 'utf8');
    expect(doc).toContain(procedureDiagram());
  });
});
