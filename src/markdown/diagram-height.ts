/**
 * Estimates how tall a Mermaid diagram will be once drawn, so the page can reserve that
 * space at build time and the text below does not jump when the diagram renders in the
 * browser. The drawn SVG is scaled to fit the reserved box, so an estimate that is a bit
 * off costs a little whitespace or a little scaling, never a layout shift.
 */

const MIN_HEIGHT_PX = 160;
const MAX_HEIGHT_PX = 900;
const PADDING_PX = 24;
// Mermaid's default flowchart node is ~50 px tall with ~38 px between ranks.
const RANK_STEP_PX = 88;
// Side by side, nodes of one rank sit ~70 px apart in a left-to-right chart.
const LANE_STEP_PX = 70;
const LINE_STEP_PX = 28;

const HEADER = /^\s*(?:flowchart|graph)\s+(TD|TB|BT|LR|RL)\b/;
// Labelled arrows (`A -- text --> B`) first, so their text is not taken for a node.
const ARROW = /\s*(?:--[^->|]+-->|-\.[^.]+\.->|<?-\.+->?|<?={2,3}>?|<?-{2,3}>?)\s*(?:\|[^|]*\|)?\s*/;
const NODE_ID = /^([A-Za-z][\w-]*)/;

const clamp = (value: number) => Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.round(value)));

function isStatement(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed !== '' &&
    !trimmed.startsWith('%%') &&
    !/^(acc(Title|Descr)|classDef|class|style|linkStyle|subgraph|end\b|direction)/.test(trimmed)
  );
}

/** Edges of a flowchart, one `from -> to` pair per arrow, chains included. */
function flowchartEdges(lines: readonly string[]): { nodes: Set<string>; edges: [string, string][] } {
  const nodes = new Set<string>();
  const edges: [string, string][] = [];
  for (const line of lines.filter(isStatement)) {
    const ids = line
      .split(ARROW)
      .map((part) => NODE_ID.exec(part.trim())?.[1])
      .filter((id): id is string => id !== undefined);
    ids.forEach((id) => nodes.add(id));
    for (let i = 1; i < ids.length; i += 1) edges.push([ids[i - 1]!, ids[i]!]);
  }
  return { nodes, edges };
}

/** Longest-path rank of every node, ignoring edges that close a cycle (feedback loops). */
function ranks(nodes: Set<string>, edges: readonly [string, string][]): Map<string, number> {
  const outgoing = new Map<string, string[]>();
  for (const [from, to] of edges) outgoing.set(from, [...(outgoing.get(from) ?? []), to]);
  const rank = new Map<string, number>();
  const onPath = new Set<string>();
  const visit = (node: string, depth: number) => {
    if (onPath.has(node) || (rank.get(node) ?? -1) >= depth) return;
    rank.set(node, depth);
    onPath.add(node);
    for (const next of outgoing.get(node) ?? []) visit(next, depth + 1);
    onPath.delete(node);
  };
  const targets = new Set(edges.map(([, to]) => to));
  const sources = [...nodes].filter((node) => !targets.has(node));
  for (const node of sources.length > 0 ? sources : [...nodes].slice(0, 1)) visit(node, 0);
  for (const node of nodes) if (!rank.has(node)) visit(node, 0);
  return rank;
}

/** Estimated rendered height in CSS pixels of the Mermaid diagram written in `source`. */
export function estimateDiagramHeight(source: string): number {
  const lines = source.split(/\r?\n/);
  const header = lines.map((line) => HEADER.exec(line)).find((match) => match !== null);
  if (!header) return clamp(lines.filter(isStatement).length * LINE_STEP_PX + PADDING_PX);

  const { nodes, edges } = flowchartEdges(lines.slice(lines.findIndex((line) => HEADER.test(line)) + 1));
  const rankOf = ranks(nodes, edges);
  const perRank = new Map<number, number>();
  for (const value of rankOf.values()) perRank.set(value, (perRank.get(value) ?? 0) + 1);
  const rankCount = perRank.size;
  const widestRank = Math.max(1, ...perRank.values());

  const vertical = header[1] === 'TD' || header[1] === 'TB' || header[1] === 'BT';
  return clamp((vertical ? rankCount * RANK_STEP_PX : widestRank * LANE_STEP_PX) + PADDING_PX);
}
