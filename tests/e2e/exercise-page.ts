import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { listExerciseIds, readExerciseFolder } from '../../src/exercises/exercise-folder.ts';
import type { GradeResult } from '../../src/grading/result.ts';

export const projectRoot = join(import.meta.dirname, '../..');

/** Every exercise with the lesson page that embeds it, read from content/. */
export const exercises = listExerciseIds(projectRoot).map((id) => {
  const folder = readExerciseFolder(projectRoot, id);
  return { id, path: `/${folder.metadata.lesson}/`, folder };
});

export const exercise = (id: string) => exercises.find((entry) => entry.id === id)!;
export const source = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

/** Opens the lesson of exercise `id`, scrolls to its widget and waits for the editor. */
export async function openExercise(page: Page, id: string): Promise<Locator> {
  await page.goto(exercise(id).path);
  const widget = page.locator(`exercise-widget[data-exercise="${id}"]`);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  return widget;
}

/** The text the editor shows (Monaco renders spaces as no-break spaces). */
export const editorText = async (widget: Locator) => (await widget.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');

/** Replaces the editor's content as a learner pasting code would (no auto-indent games). */
export async function replaceCode(page: Page, widget: Locator, code: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await widget.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  // After a paste the editor shows the end of the code: wait for its last substantial line.
  const lastLine = code
    .split('\n')
    .filter((line) => line.trim().length > 3)
    .at(-1)!
    .trim()
    .slice(0, 30);
  await expect.poll(() => editorText(widget)).toContain(lastLine);
}

/** Presses Run and returns the verdict the widget shows. */
export async function run(widget: Locator): Promise<GradeResult> {
  await widget.evaluate((element) => delete (element as HTMLElement & { lastResult?: unknown }).lastResult);
  await widget.locator('[data-action="run"]').click();
  await expect
    .poll(() => widget.evaluate((element) => Boolean((element as HTMLElement & { lastResult?: unknown }).lastResult)), { timeout: 30_000 })
    .toBe(true);
  await expect(widget).not.toHaveAttribute('data-busy', 'true');
  return widget.evaluate((element) => (element as HTMLElement & { lastResult: GradeResult }).lastResult);
}
