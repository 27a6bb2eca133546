/**
 * Defines a custom element that stays an inert placeholder until it comes within
 * `margin` of the viewport, then hands itself to `load` (usually a dynamic import). This
 * is all that runs on a page until then, so heavy code (Mermaid, Monaco, TF.js) costs
 * nothing on pages that never scroll near it.
 */
export function defineLazyElement(tag: string, margin: string, load: (element: HTMLElement) => void): void {
  if (customElements.get(tag)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        load(entry.target as HTMLElement);
      }
    },
    { rootMargin: margin },
  );
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        observer.observe(this);
      }

      disconnectedCallback(): void {
        observer.unobserve(this);
      }
    },
  );
}
