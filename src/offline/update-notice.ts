/**
 * The notice that a new version of the course is there, loaded by
 * register-service-worker.ts only when one is. A polite live region (announced without
 * moving focus) with a Reload button and a Later button; in Starlight's colours, so it
 * reads in the light and the dark theme.
 */

/** `ready`: a new version waits for the learner; `active`: another tab already switched to it. */
export type UpdateKind = 'ready' | 'active';

const MESSAGES: Record<UpdateKind, string> = {
  ready: 'A new version of the course is ready. Your code is saved in this browser.',
  active: 'A new version of the course was opened in another tab. Reload this page to use it; your code is saved in this browser.',
};

const STYLE = `
.update-notice:empty { display: none; }
.update-notice {
  position: fixed; z-index: 1000; inset-inline: 1rem; bottom: 1rem; margin-inline-start: auto; max-width: 24rem;
  padding: 0.75rem 1rem; border: 1px solid var(--sl-color-gray-4); border-radius: 0.5rem;
  background: var(--sl-color-gray-6); color: var(--sl-color-white); box-shadow: var(--sl-shadow-md);
  font-size: var(--sl-text-sm);
}
.update-notice p { margin: 0 0 0.5rem; }
.update-notice button {
  margin-inline-end: 0.5rem; padding: 0.3rem 0.9rem; border: 1px solid var(--sl-color-gray-4); border-radius: 0.4rem;
  background: var(--sl-color-gray-5); color: var(--sl-color-white); font: inherit; cursor: pointer;
}
.update-notice button[data-action='update'] {
  background: var(--sl-color-accent-high); border-color: var(--sl-color-accent-high); color: var(--sl-color-black); font-weight: 600;
}
`;

function button(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.dataset['action'] = action;
  element.addEventListener('click', onClick);
  return element;
}

/** Shows (or updates) the notice; `reload` runs when the learner accepts. */
export function showUpdateNotice(kind: UpdateKind, reload: () => void): void {
  let notice = document.querySelector<HTMLElement>('.update-notice');
  if (!notice) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    notice = document.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    notice.setAttribute('aria-live', 'polite');
    document.head.append(style);
    document.body.append(notice);
  }
  const region = notice;
  const text = document.createElement('p');
  text.textContent = MESSAGES[kind];
  // Filled a frame after the empty region is in the page, so screen readers announce it.
  requestAnimationFrame(() =>
    region.replaceChildren(
      text,
      button('Reload', 'update', reload),
      button('Later', 'dismiss', () => region.replaceChildren()),
    ),
  );
}
