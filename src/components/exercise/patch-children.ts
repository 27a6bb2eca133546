/**
 * Makes `parent`'s children the nodes of `next`, in order, but keeps each current child
 * that is equal (isEqualNode) to the node meant for its place. A verdict that repeats most
 * of the last one (a Run again at a new seed) then touches only what changed: the nodes it
 * keeps are not styled, laid out and painted again, which a Run's verdict frame otherwise
 * spends several milliseconds on, and a screen reader does not meet them as new content.
 */
export function patchChildren(parent: Node, next: readonly Node[]): void {
  const current = Array.from(parent.childNodes);
  for (const [index, node] of next.entries()) {
    const old = current[index];
    const wanted = old && (old === node || old.isEqualNode(node)) ? old : node;
    const there = parent.childNodes[index];
    if (there !== wanted) parent.insertBefore(wanted, there ?? null);
  }
  while (parent.childNodes.length > next.length) parent.lastChild!.remove();
}
