import type { RelationType } from '../api/graph-queries.ts';
import type { GraphData } from '../graph/model.ts';

/** One "expand neighbours" step, holding the API's answer so undo and redo need no refetch. */
export interface Expansion {
  nodeId: string;
  depth: number;
  relationTypes: RelationType[];
  graph: GraphData;
  /** Per node whose neighbours the API capped: how many it left out. */
  omitted: [nodeId: string, count: number][];
}

/** What the user did to the canvas on top of the curated graph. */
export interface CanvasState {
  expansions: Expansion[];
  hidden: string[];
}

export type CanvasAction =
  | { type: 'expand'; expansion: Expansion }
  | { type: 'collapse'; nodeId: string }
  | { type: 'hide'; nodeId: string }
  | { type: 'show-hidden' }
  | { type: 'reset' };

/** Expansions fetched again for a shared link; they become the starting point, not a step to undo. */
export type RestoreAction = { type: 'restore'; expansions: Expansion[] };

export type HistoryAction = CanvasAction | RestoreAction | { type: 'undo' } | { type: 'redo' };

export interface History {
  past: CanvasState[];
  present: CanvasState;
  future: CanvasState[];
}

export const emptyCanvas: CanvasState = { expansions: [], hidden: [] };
export const initialHistory: History = { past: [], present: emptyCanvas, future: [] };

/** Steps kept for undo; older ones are dropped. */
export const historyLimit = 100;

export function canvasReducer(state: CanvasState, action: CanvasAction): CanvasState {
  switch (action.type) {
    case 'expand': {
      const { expansion } = action;
      // Expanding a node again replaces its earlier expansion (new depth or relation types).
      const others = state.expansions.filter((e) => e.nodeId !== expansion.nodeId);
      return { expansions: [...others, expansion], hidden: state.hidden.filter((id) => id !== expansion.nodeId) };
    }
    case 'collapse': {
      if (!state.expansions.some((e) => e.nodeId === action.nodeId)) return state;
      return { ...state, expansions: state.expansions.filter((e) => e.nodeId !== action.nodeId) };
    }
    case 'hide':
      return state.hidden.includes(action.nodeId) ? state : { ...state, hidden: [...state.hidden, action.nodeId] };
    case 'show-hidden':
      return state.hidden.length === 0 ? state : { ...state, hidden: [] };
    case 'reset':
      return state.expansions.length === 0 && state.hidden.length === 0 ? state : emptyCanvas;
  }
}

/** Undo/redo over canvasReducer: every step that changes the canvas can be undone, and redone until a new step. */
export function historyReducer(history: History, action: HistoryAction): History {
  if (action.type === 'undo') {
    const previous = history.past.at(-1);
    if (!previous) return history;
    return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
  }
  if (action.type === 'restore') return { ...history, present: { ...history.present, expansions: action.expansions } };
  if (action.type === 'redo') {
    const [next, ...rest] = history.future;
    if (!next) return history;
    return { past: [...history.past, history.present], present: next, future: rest };
  }
  const present = canvasReducer(history.present, action);
  if (present === history.present) return history;
  return { past: [...history.past, history.present].slice(-historyLimit), present, future: [] };
}

export function isExpanded(state: CanvasState, nodeId: string): boolean {
  return state.expansions.some((e) => e.nodeId === nodeId);
}

/** "N more" per node across all expansions; the latest expansion's count wins. */
export function omittedCounts(state: CanvasState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const expansion of state.expansions) for (const [id, count] of expansion.omitted) counts.set(id, count);
  return counts;
}
