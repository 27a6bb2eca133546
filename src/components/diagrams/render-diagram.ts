import mermaid from 'mermaid';

/**
 * Draws `<lifecycle-diagram>` elements with Mermaid, one at a time (Mermaid's renderer is
 * not re-entrant), in the theme the page currently shows, and draws them again when the
 * reader toggles the theme. A diagram with a syntax error shows the error in place.
 */

type Theme = 'dark' | 'default';

const drawn = new Set<HTMLElement>();
let queue: Promise<void> = Promise.resolve();
let nextId = 0;

const currentTheme = (): Theme => (document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'default');

function sourceOf(element: HTMLElement): string {
  return element.querySelector('.lifecycle-diagram__source')?.textContent ?? '';
}

function showError(element: HTMLElement, error: unknown): void {
  const canvas = element.querySelector<HTMLElement>('.lifecycle-diagram__canvas');
  if (!canvas) return;
  const heading = document.createElement('p');
  heading.className = 'lifecycle-diagram__error-title';
  heading.textContent = `This diagram could not be drawn (source line ${element.dataset['sourceLine'] ?? '?'}):`;
  const message = document.createElement('pre');
  message.className = 'lifecycle-diagram__error';
  // textContent, never innerHTML: the message quotes the diagram source.
  message.textContent = error instanceof Error ? error.message : String(error);
  canvas.removeAttribute('role');
  canvas.removeAttribute('aria-label');
  canvas.setAttribute('role', 'alert');
  canvas.replaceChildren(heading, message);
  element.dataset['state'] = 'error';
}

async function draw(element: HTMLElement, theme: Theme): Promise<void> {
  const canvas = element.querySelector<HTMLElement>('.lifecycle-diagram__canvas');
  if (!canvas) return;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme, suppressErrorRendering: true });
  try {
    const { svg } = await mermaid.render(`lifecycle-diagram-${(nextId += 1)}`, sourceOf(element));
    // Mermaid's output is sanitised (securityLevel "strict") and comes from our own MDX source.
    canvas.innerHTML = svg;
    // The SVG now carries the title and description itself (from accTitle/accDescr).
    canvas.removeAttribute('role');
    canvas.removeAttribute('aria-label');
    element.dataset['state'] = 'rendered';
    element.dataset['theme'] = theme;
    drawn.add(element);
  } catch (error) {
    showError(element, error);
  }
}

/** Queues `element` to be drawn in the current theme. */
export function renderDiagram(element: HTMLElement): Promise<void> {
  queue = queue.then(() => draw(element, currentTheme()));
  return queue;
}

new MutationObserver(() => {
  const theme = currentTheme();
  for (const element of drawn) {
    if (element.isConnected && element.dataset['theme'] !== theme) queue = queue.then(() => draw(element, theme));
  }
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
