import type { ElementDefinition } from 'cytoscape';
import { type ElementOptions, toElements } from './elements.ts';
import type { GraphData, GraphNode } from './model.ts';

/** Only the UPGRADE_OF relations and the technologies they link. */
export function lineageGraph(data: GraphData): GraphData {
  const edges = data.edges.filter((e) => e.type === 'UPGRADE_OF');
  const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: data.nodes.filter((n) => ids.has(n.id)), edges };
}

/**
 * Lineage elements: arrows run from the older technology to its upgrade so a left-to-right layout
 * reads as time; each node carries the column of its release year, which the lineage layout turns into its x.
 */
export function lineageElements(data: GraphData, options: ElementOptions): ElementDefinition[] {
  const lineage = lineageGraph(data);
  const years = new Map(lineage.nodes.map((n) => [n.id, n.firstRelease]));
  // One column per distinct release year, in order: the time line stays readable when decades pass
  // between two upgrades and only a year between two others.
  const columns = new Map([...new Set([...years.values()].filter((y): y is number => y !== null))].sort((a, b) => a - b).map((year, i) => [year, i]));
  return toElements(lineage, { ...options, withYear: true }).map((element) => {
    // Uniform nodes: in a time line the size of a node would only compete with its position.
    if (element.group === 'nodes') {
      const year = years.get(element.data.id as string) ?? null;
      const column = year === null ? null : (columns.get(year) ?? null);
      return { ...element, classes: `${element.classes ?? ''} labelled`, data: { ...element.data, size: 34, fontSize: 16, year, column } };
    }
    const { source, target } = element.data as { source: string; target: string };
    const newer = years.get(source);
    const older = years.get(target);
    return { ...element, data: { ...element.data, source: target, target: source, label: 'upgraded by', years: newer && older ? newer - older : null } };
  });
}

/** Each family of upgrades (a connected chain or tree) as technologies ordered by first release. */
export function lineageChains(data: GraphData): GraphNode[][] {
  const lineage = lineageGraph(data);
  const byId = new Map(lineage.nodes.map((n) => [n.id, n]));
  const links = new Map<string, string[]>();
  for (const e of lineage.edges) {
    links.set(e.source, [...(links.get(e.source) ?? []), e.target]);
    links.set(e.target, [...(links.get(e.target) ?? []), e.source]);
  }
  const seen = new Set<string>();
  const chains: GraphNode[][] = [];
  for (const node of lineage.nodes) {
    if (seen.has(node.id)) continue;
    const stack = [node.id];
    const chain: GraphNode[] = [];
    seen.add(node.id);
    while (stack.length > 0) {
      const id = stack.pop()!;
      chain.push(byId.get(id)!);
      for (const next of links.get(id) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
    }
    chains.push(chain.sort((a, b) => (a.firstRelease ?? 9999) - (b.firstRelease ?? 9999) || a.name.localeCompare(b.name)));
  }
  return chains.sort((a, b) => b.length - a.length || a[0]!.name.localeCompare(b[0]!.name));
}
