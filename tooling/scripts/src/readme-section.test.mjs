import assert from 'node:assert/strict';
import { test } from 'node:test';
import { END, START, withTable } from './readme-section.mjs';

test('replaces only the marked section and requires the markers', () => {
  const readme = `# x\n${START}\nold\n${END}\nafter\n`;
  const next = withTable(readme, 'TABLE');
  assert.equal(next, `# x\n${START}\nTABLE\n${END}\nafter\n`);
  assert.throws(() => withTable('# no markers', 'TABLE'), /markers/);
});
