import { type LayoutName, layoutNames } from '../../../schema/model/drawing.ts';
import type { RelationType } from '../api/graph-queries.ts';
import { type Filters, noFilters } from '../graph/filters.ts';
import { relationStyles } from '../graph/relation-styles.ts';
import { decodeExpansions, decodePins, type ExpansionSpec, encodeExpansions, encodePins, type Pin, type SceneStart, sceneStarts } from './scene-url.ts';

export type ViewName = 'explore' | 'lineage' | 'equivalents' | 'compare' | 'stack' | 'alternatives';
export const viewNames: readonly ViewName[] = ['explore', 'lineage', 'equivalents', 'compare', 'stack', 'alternatives'];

/** What the alternatives finder asks: the technology to replace and the constraints. */
export interface AlternativesAsk {
  to: string | null;
  runsOn: string | null;
  openSource: boolean | null;
  category: string | null;
  vendor: string | null;
  /** Only technologies whose lifecycle status is active. */
  activeOnly: boolean;
}

export const noAlternativesAsk: AlternativesAsk = { to: null, runsOn: null, openSource: null, category: null, vendor: null, activeOnly: false };

export type PathQuery = { kind: 'between'; from: string; to: string } | { kind: 'question'; question: string };

/** Everything that defines what the user sees; it round-trips through the address bar. */
export interface UrlState {
  view: ViewName;
  focus: string | null;
  layout: LayoutName;
  filters: Filters;
  path: PathQuery | null;
  /** Relation types the path finder may follow; empty means all. */
  pathTypes: RelationType[];
  /** Which of the found paths is shown, from 0. */
  pathIndex: number;
  /** Paths avoid generic hubs (languages, very connected nodes) unless nothing else connects. */
  pathAvoidHubs: boolean;
  /** Nodes no path may pass through. */
  pathExclude: string[];
  compare: [string | null, string | null];
  /** The cloud service whose equivalents are shown. */
  service: string | null;
  /** Where the explore scene starts; expansions, hidden nodes and pins are applied on top, so a shared link reopens the same scene. */
  scene: SceneStart;
  expand: ExpansionSpec[];
  hidden: string[];
  pins: Pin[];
  /** Members of the stack view, in the order they were added. */
  stack: string[];
  /** The cloud the stack is translated to, or null. */
  cloud: string | null;
  alternatives: AlternativesAsk;
}

export const defaultUrlState: UrlState = {
  view: 'explore',
  focus: null,
  layout: 'force',
  filters: noFilters,
  path: null,
  pathTypes: [],
  pathIndex: 0,
  pathAvoidHubs: true,
  pathExclude: [],
  compare: [null, null],
  service: null,
  scene: 'overview',
  expand: [],
  hidden: [],
  pins: [],
  stack: [],
  cloud: null,
  alternatives: noAlternativesAsk,
};

const idPattern = /^[a-z0-9][a-z0-9._-]{0,99}$/;

function id(value: string | null): string | null {
  return value && idPattern.test(value) ? value : null;
}

function ids(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => idPattern.test(s)),
    ),
  ].sort();
}

function relationTypes(value: string | null): RelationType[] {
  return [...new Set((value ?? '').split(','))].filter((t): t is RelationType => Object.hasOwn(relationStyles, t)).sort();
}

/** Ids in the order given, each once, at most 20 (the stack's limit). */
function orderedIds(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => idPattern.test(s)),
    ),
  ].slice(0, 20);
}

const openSourceParam = (value: string | null) => (value === 'yes' ? true : value === 'no' ? false : null);

/** Reads the state from a query string; anything unknown or malformed falls back to the default. */
export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const layout = params.get('layout');
  const from = id(params.get('from'));
  const to = id(params.get('to'));
  const question = params.get('ask')?.trim().slice(0, 300);
  const pathIndex = Number.parseInt(params.get('path') ?? '1', 10);
  let path: PathQuery | null = null;
  if (from && to) path = { kind: 'between', from, to };
  else if (question) path = { kind: 'question', question };
  return {
    view: viewNames.includes(view as ViewName) ? (view as ViewName) : 'explore',
    focus: id(params.get('focus')),
    layout: layoutNames.includes(layout as LayoutName) ? (layout as LayoutName) : 'force',
    filters: {
      hiddenCategories: ids(params.get('hide-categories')),
      hiddenRelationTypes: relationTypes(params.get('hide-relations')),
      hiddenVendors: ids(params.get('hide-vendors')),
    },
    path,
    pathTypes: path ? relationTypes(params.get('path-relations')) : [],
    pathIndex: path && Number.isFinite(pathIndex) && pathIndex >= 1 && pathIndex <= 50 ? pathIndex - 1 : 0,
    pathAvoidHubs: !(path && params.get('path-hubs') === 'allow'),
    pathExclude: path ? ids(params.get('path-exclude')).slice(0, 20) : [],
    compare: [id(params.get('a')), id(params.get('b'))],
    service: id(params.get('service')),
    scene: sceneStarts.includes(params.get('scene') as SceneStart) ? (params.get('scene') as SceneStart) : 'overview',
    expand: decodeExpansions(params.get('expand')),
    hidden: ids(params.get('hide')),
    pins: decodePins(params.get('pin')),
    stack: orderedIds(params.get('stack')),
    cloud: id(params.get('cloud')),
    alternatives: {
      to: id(params.get('alt')),
      runsOn: id(params.get('runs-on')),
      openSource: openSourceParam(params.get('oss')),
      category: id(params.get('category')),
      vendor: id(params.get('vendor')),
      activeOnly: params.get('active') === 'yes',
    },
  };
}

/** Writes the state as a query string ("" for the default view), leaving defaults out. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null | undefined) => {
    if (value) params.set(key, value);
  };
  if (state.view !== 'explore') set('view', state.view);
  set('focus', state.focus);
  if (state.layout !== 'force') set('layout', state.layout);
  set('hide-categories', [...state.filters.hiddenCategories].sort().join(','));
  set('hide-relations', [...state.filters.hiddenRelationTypes].sort().join(','));
  set('hide-vendors', [...state.filters.hiddenVendors].sort().join(','));
  if (state.path?.kind === 'between') {
    set('from', state.path.from);
    set('to', state.path.to);
  } else if (state.path?.kind === 'question') set('ask', state.path.question);
  if (state.path) {
    set('path-relations', [...state.pathTypes].sort().join(','));
    if (state.pathIndex > 0) set('path', String(state.pathIndex + 1));
    if (!state.pathAvoidHubs) set('path-hubs', 'allow');
    set('path-exclude', [...state.pathExclude].sort().join(','));
  }
  set('a', state.compare[0]);
  set('b', state.compare[1]);
  set('service', state.service);
  if (state.scene !== 'overview') set('scene', state.scene);
  set('expand', encodeExpansions(state.expand));
  set('hide', [...state.hidden].sort().join(','));
  set('pin', encodePins(state.pins));
  set('stack', state.stack.join(','));
  set('cloud', state.cloud);
  set('alt', state.alternatives.to);
  set('runs-on', state.alternatives.runsOn);
  if (state.alternatives.openSource !== null) set('oss', state.alternatives.openSource ? 'yes' : 'no');
  set('category', state.alternatives.category);
  set('vendor', state.alternatives.vendor);
  if (state.alternatives.activeOnly) set('active', 'yes');
  const search = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return search ? `?${search}` : '';
}
