/**
 * Defines `<lifecycle-diagram>`: a placeholder, emitted at build time by
 * remark-mermaid-diagrams, that pulls in the Mermaid renderer only when it comes within a
 * screen of the viewport. Kept free of any Mermaid import so it costs almost nothing on
 * pages that never show a diagram.
 */

// Start a little before the diagram is visible so it is usually drawn by the time it is read.
const PRELOAD_MARGIN = '600px 0px';

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void import('./render-diagram.ts').then(({ renderDiagram }) => renderDiagram(entry.target as HTMLElement));
    }
  },
  { rootMargin: PRELOAD_MARGIN },
);

class LifecycleDiagram extends HTMLElement {
  connectedCallback(): void {
    observer.observe(this);
  }

  disconnectedCallback(): void {
    observer.unobserve(this);
  }
}

if (!customElements.get('lifecycle-diagram')) customElements.define('lifecycle-diagram', LifecycleDiagram);

// A module, not a script: its names stay out of the global scope.
export {};
