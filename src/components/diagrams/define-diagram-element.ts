/**
 * Defines `<lifecycle-diagram>`: a placeholder, emitted at build time by
 * remark-mermaid-diagrams, that pulls in the Mermaid renderer only when it comes near.
 */
import { defineLazyElement } from '../define-lazy-element.ts';

// Start a little before the diagram is visible so it is usually drawn by the time it is read.
defineLazyElement('lifecycle-diagram', '600px 0px', (element) => {
  void import('./render-diagram.ts').then(({ renderDiagram }) => renderDiagram(element));
});
