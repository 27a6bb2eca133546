import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps the grading core environment-free (eslint.config.mjs beside
 * this file) must catch each way the core could come to depend on one environment, and
 * the core as it is must pass it. `npm run lint` applies it to every file; this test
 * proves the rule is not toothless.
 */
const eslint = new ESLint({ overrideConfigFile: new URL('./eslint.config.mjs', import.meta.url).pathname });
const lint = async (code: string, file = 'src/grading/sample.ts') =>
  (await eslint.lintText(code, { filePath: file }))[0]!.messages.map((message) => message.ruleId);

describe('the grading core stays environment-free', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["import path from 'path';", 'no-restricted-imports'],
    ["import { getCollection } from 'astro:content';", 'no-restricted-imports'],
    ["import { loadExercise } from '../exercises/load-exercise.ts';", 'no-restricted-imports'],
    ["export const load = () => import('./transpile.ts');", 'no-restricted-syntax'],
    ['export const title = document.title;', 'no-restricted-globals'],
    ['export const post = (m: unknown) => postMessage(m);', 'no-restricted-globals'],
    ["export const env = process.env['HOME'];", 'no-restricted-globals'],
    ["export const fs = require('fs');", 'no-restricted-globals'],
    ['export const me = self;', 'no-restricted-globals'],
  ])('refuses %s', async (code, rule) => {
    expect(await lint(code)).toContain(rule);
  });

  it('accepts what the core may use: its own modules, packages, and globals every realm has', async () => {
    expect(
      await lint(
        "import { transform } from 'sucrase';\nimport { isClose } from './tolerance.ts';\nexport const t = performance.now() + isClose(1, 1, { rtol: 0, atol: 0 }) + String(transform);\n",
      ),
    ).toEqual([]);
  });

  it('passes on every file of the core as it is', async () => {
    const results = await eslint.lintFiles(['src/grading']);
    expect(results.length).toBeGreaterThan(15);
    expect(results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line} ${message.message}`))).toEqual(
      [],
    );
  });
});
