import { expect, test } from './csp-guard.ts';
import { corpus } from '../bad-input-corpus.ts';
import { assertOutcome } from '../bad-input-entry.ts';
import { editorText, exercise, openExercise, replaceCode, run, source } from './exercise-page.ts';

/**
 * The bad-input corpus through the browser widget. After each submission: the page still
 * answers within a second, the learner's code is still in the editor and in storage, and
 * the next Run gives a normal verdict.
 */
const normalise = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');

for (const entry of corpus.filter((candidate) => candidate.environments.includes('browser'))) {
  test(`row ${entry.row}: ${entry.name}`, async ({ page }) => {
    test.slow();
    const code = entry.file ? source(entry.file) : entry.source!;
    const widget = await openExercise(page, entry.exercise);
    if (code === '') {
      await widget.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
    } else {
      await replaceCode(page, widget, code);
    }
    assertOutcome(entry, await run(widget));

    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started, 'the page should answer within a second').toBeLessThan(1000);

    const lastLine =
      normalise(code)
        .split('\n')
        .filter((line) => line.trim().length > 3)
        .at(-1)
        ?.trim()
        .slice(0, 30) ?? '';
    expect(await editorText(widget)).toContain(lastLine);
    const stored = await page.evaluate((id) => localStorage.getItem(`lifecycle-lab:code:${id}`), entry.exercise);
    expect(normalise(stored ?? '')).toBe(normalise(code));

    await replaceCode(page, widget, source(exercise(entry.exercise).folder.solution.file));
    expect((await run(widget)).status, 'the next run should work').toBe('pass');
  });
}
