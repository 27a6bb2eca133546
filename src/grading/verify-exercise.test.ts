import { readdirSync, readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import mseChecks from '../../content/exercises/mse/checks.ts';
import { meanSquaredError } from '../../content/exercises/mse/solution.ts';
import type { VerifiableExercise, WrongVariant } from './gradable-exercise.ts';
import { inProcessRealm } from './testing/in-process-realm.ts';
import { prepareTf } from './tf-backend.ts';
import { verifyExercise } from './verify-exercise.ts';

beforeAll(() => prepareTf(tf));

const folder = 'content/exercises/mse';
const read = (file: string) => ({
  file: `${folder}/${file}`,
  source: readFileSync(new URL(`../../${folder}/${file}`, import.meta.url), 'utf8'),
});
const wrong: WrongVariant[] = readdirSync(new URL(`../../${folder}/wrong`, import.meta.url)).map((name) => {
  const file = read(`wrong/${name}`);
  return { ...file, name: name.replace(/\.ts$/, ''), failsFirst: /fails-first: (\S+)/.exec(file.source)![1]! };
});
const environment = { tf, openRealm: inProcessRealm, now: () => performance.now() };

/** The real mse exercise, with parts swapped for the case under test. */
const mse = (changes: Partial<VerifiableExercise<typeof meanSquaredError>> = {}): VerifiableExercise<typeof meanSquaredError> => ({
  id: 'mse',
  checks: mseChecks,
  hiddenChecks: [],
  reference: meanSquaredError,
  checksFile: `${folder}/checks.ts`,
  solution: read('solution.ts'),
  starter: read('starter.ts'),
  wrong,
  right: [],
  ...changes,
});

describe('verifyExercise', () => {
  it('finds nothing wrong with a sound exercise, and grades every file in its role', async () => {
    const { files, problems } = await verifyExercise(environment, mse(), 1234);
    expect(problems).toEqual([]);
    expect(files.flatMap((file) => file.problems)).toEqual([]);
    expect(files.map((file) => file.role)).toEqual(['solution', 'starter', ...wrong.map((variant) => `wrong:${variant.name}`)]);
  });

  it('names a check that no known-wrong variant fails first', async () => {
    const { problems } = await verifyExercise(
      environment,
      mse({ wrong: wrong.filter((variant) => variant.failsFirst !== 'does-not-mutate') }),
      1234,
    );
    expect(problems).toEqual([
      'content/exercises/mse/checks.ts: no known-wrong variant fails check "does-not-mutate" first; add one in wrong/ starting with "// fails-first: does-not-mutate"',
    ]);
  });

  it('requires accepted variants to pass every check, naming the file and the check', async () => {
    const loop = { file: `${folder}/right/loop.ts`, name: 'loop', source: read('solution.ts').source };
    const absolute = {
      file: `${folder}/right/absolute.ts`,
      name: 'absolute',
      source: wrong.find((variant) => variant.name === 'absolute-error')!.source,
    };
    const { files } = await verifyExercise(environment, mse({ right: [loop, absolute] }), 1234);
    expect(files.find((file) => file.role === 'right:loop')!.problems).toEqual([]);
    expect(files.find((file) => file.role === 'right:absolute')!.problems[0]).toMatch(
      /^content\/exercises\/mse\/right\/absolute\.ts: this accepted variant fails the check "small-example" \(fail: /,
    );
  });

  it('names a variant that declares a check the exercise does not have', async () => {
    const typo = { ...wrong[0]!, failsFirst: 'small-exampel' };
    const { files } = await verifyExercise(environment, mse({ wrong: [typo, ...wrong.slice(1)] }), 1234);
    expect(files.find((file) => file.role === `wrong:${typo.name}`)!.problems[0]).toMatch(
      /"fails-first: small-exampel" names no check of this exercise \(checks: small-example, /,
    );
  });
});
