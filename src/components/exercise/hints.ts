import type { WidgetParts } from './widget-parts.ts';

/** "Show a hint": reveals the exercise's hints one at a time, from a nudge to nearly the answer. */
export function installHints({ data, hintButton, hintList, live }: WidgetParts): void {
  hintButton.addEventListener('click', () => {
    const shown = hintList.children.length;
    const hint = data.hints[shown];
    if (hint === undefined) return;
    const item = document.createElement('li');
    item.textContent = hint;
    hintList.append(item);
    hintList.hidden = false;
    const remaining = data.hints.length - shown - 1;
    hintButton.textContent = remaining > 0 ? `Another hint (${remaining} left)` : 'No more hints';
    hintButton.disabled = remaining === 0;
    live.textContent = `Hint ${shown + 1}: ${hint}`;
  });
}
