/**
 * Makes `parent`'s children show the nodes of `next`, in order, changing the page as
 * little as it can: a current child equal to the node meant for its place stays; one of
 * the same tag and attributes stays and has its own children patched the same way; a text
 * node takes the new text. Only a node of another shape is replaced.
 *
 * Why: a verdict that repeats most of the last one (a Run again at a new seed) then
 * changes a few characters instead of inserting nodes. Inserting a child into the results
 * panel made Chromium restyle the panel's whole subtree (plots included, ~290 elements,
 * 3-5 ms of the frame that shows the verdict), and a screen reader does not meet the
 * unchanged checks as new content.
 */
export function patchChildren(parent: Node, next: readonly Node[]): void {
  const current = Array.from(parent.childNodes);
  for (const [index, node] of next.entries()) {
    const old = current[index];
    const kept = old && patchNode(old, node) ? old : node;
    const there = parent.childNodes[index];
    if (there !== kept) parent.insertBefore(kept, there ?? null);
  }
  while (parent.childNodes.length > next.length) parent.lastChild!.remove();
}

/** Makes `old` show what `node` shows, in place, if their shapes allow; false if `old` must be replaced. */
function patchNode(old: Node, node: Node): boolean {
  if (old === node || old.isEqualNode(node)) return true;
  if (old instanceof Text && node instanceof Text) {
    old.data = node.data;
    return true;
  }
  if (!(old instanceof Element) || !(node instanceof Element) || old.tagName !== node.tagName || !sameAttributes(old, node)) return false;
  patchChildren(old, Array.from(node.childNodes));
  return true;
}

function sameAttributes(a: Element, b: Element): boolean {
  if (a.attributes.length !== b.attributes.length) return false;
  for (const { name, value } of Array.from(a.attributes)) if (b.getAttribute(name) !== value) return false;
  return true;
}
