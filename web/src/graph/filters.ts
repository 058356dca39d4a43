import type { RelationType } from '../api/graph-queries.ts';
import type { GraphData, GraphNode } from './model.ts';

/** What the user switched off. Empty lists mean "show everything", which keeps URLs short. */
export interface Filters {
  hiddenCategories: string[];
  hiddenRelationTypes: RelationType[];
  hiddenVendors: string[];
}

export const noFilters: Filters = { hiddenCategories: [], hiddenRelationTypes: [], hiddenVendors: [] };

export function isFiltered(filters: Filters): boolean {
  return filters.hiddenCategories.length + filters.hiddenRelationTypes.length + filters.hiddenVendors.length > 0;
}

/** A technology stays while any of its categories is shown and its vendor is not hidden. */
export function nodePassesFilters(node: GraphNode, categories: ReadonlySet<string>, vendors: ReadonlySet<string>): boolean {
  if (node.label === 'Category') return !categories.has(node.id);
  if (node.label === 'Vendor') return !vendors.has(node.id);
  if (node.vendor && vendors.has(node.vendor.id)) return false;
  return node.categoryIds.length === 0 || node.categoryIds.some((id) => !categories.has(id));
}

export function applyFilters(data: GraphData, filters: Filters): GraphData {
  if (!isFiltered(filters)) return data;
  const categories = new Set(filters.hiddenCategories);
  const vendors = new Set(filters.hiddenVendors);
  const types = new Set<string>(filters.hiddenRelationTypes);
  const nodes = data.nodes.filter((node) => nodePassesFilters(node, categories, vendors));
  const kept = new Set(nodes.map((n) => n.id));
  return { nodes, edges: data.edges.filter((e) => !types.has(e.type) && kept.has(e.source) && kept.has(e.target)) };
}

/** Toggles one id in a list, keeping it sorted so equal filters give equal URLs. */
export function toggleIn<T extends string>(list: readonly T[], id: T): T[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id].sort();
}

export interface LegendEntry {
  id: string;
  name: string;
  color: string;
  /** Technologies on the canvas drawn in this colour (their first category). */
  count: number;
}

/** Legend rows for the categories drawn on the canvas, most common first. */
export function legendEntries(data: GraphData, names: ReadonlyMap<string, string>, colors: ReadonlyMap<string, string>): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const node of data.nodes) {
    const first = node.label === 'Category' ? node.id : node.categoryIds[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count, name: names.get(id) ?? id, color: colors.get(id) ?? '#888888' }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export interface VendorEntry {
  id: string;
  name: string;
  count: number;
}

/** Vendors of the technologies in the data, most technologies first. */
export function vendorEntries(data: GraphData): VendorEntry[] {
  const vendors = new Map<string, VendorEntry>();
  for (const node of data.nodes) {
    if (!node.vendor) continue;
    const entry = vendors.get(node.vendor.id) ?? { id: node.vendor.id, name: node.vendor.name, count: 0 };
    entry.count += 1;
    vendors.set(node.vendor.id, entry);
  }
  return [...vendors.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
