import { expect, type Locator, type Page } from '@playwright/test';
import { run } from './exercise-page.ts';

/**
 * States of an exercise page that the accessibility test checks with axe, in order, on one
 * page. Each step leaves its state in place for the next, so the last check sees them all
 * together. Work that adds a state (the solution diff, for one) appends a step here.
 */
export interface WidgetState {
  name: string;
  enter(page: Page, widget: Locator): Promise<void>;
}

export const widgetStates: WidgetState[] = [
  {
    name: 'the widget loaded',
    enter: async (_page, widget) => {
      await expect(widget).toHaveAttribute('data-ready', 'true');
    },
  },
  {
    name: 'after a failed run',
    enter: async (_page, widget) => {
      // The starter fails its checks by contract.
      const result = await run(widget);
      expect(result.status).not.toBe('pass');
      await expect(widget.locator('.exercise-check[data-status="fail"]').first()).toBeVisible();
    },
  },
  {
    name: 'with a hint shown',
    enter: async (_page, widget) => {
      await widget.locator('[data-action="hint"]').click();
      await expect(widget.locator('.exercise-hints li')).toHaveCount(1);
    },
  },
  {
    name: 'with the solution revealed and the diff open',
    enter: async (_page, widget) => {
      await widget.locator('[data-action="reveal"]').click();
      await widget.locator('.exercise-reveal-dialog button[value="reveal"]').click();
      await expect(widget.locator('.exercise-solution')).toBeVisible();
      await widget.locator('[data-action="compare"]').click();
      await expect(widget.locator('.exercise-diff .monaco-diff-editor .editor.modified')).toBeVisible();
    },
  },
];
