import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The grading core runs unchanged in a browser worker, on the page and in Node, so it may
 * not depend on any of them. This test is the rule: no node:*, no astro:*, no DOM or
 * worker globals in src/grading (tests and test helpers excepted).
 */
const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]node:/, 'imports a node: module'],
  [/from\s+['"](fs|path|os|worker_threads|child_process)['"]/, 'imports a Node built-in'],
  [/from\s+['"]astro:/, 'imports an astro: module'],
  [/\b(document|window|navigator|localStorage|self|importScripts|postMessage|process)\s*[.(]/, 'uses a DOM, worker or Node global'],
];

const coreDirectory = import.meta.dirname;
const coreFiles = readdirSync(coreDirectory).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('the grading core stays environment-free', () => {
  it('has files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(5);
  });

  it.each(coreFiles)('%s', (name) => {
    const source = readFileSync(join(coreDirectory, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const problems = FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([, why]) => `src/grading/${name} ${why}`);
    expect(problems).toEqual([]);
  });
});
