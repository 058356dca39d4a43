import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError, request } from '../api/client.ts';
import type { RelationType } from '../api/graph-queries.ts';
import { NeighborhoodQuery } from '../api/neighborhood-query.ts';
import { graphFromApi } from '../graph/model.ts';
import type { ExpandRequest } from '../panels/ExpandControls.tsx';
import { type CanvasAction, type Expansion, historyReducer } from './canvas-history.ts';
import type { ExpansionSpec } from './scene-url.ts';

/** Neighbours per node before the API says "N more" instead. */
export const neighbourCap = 25;

async function fetchExpansion(nodeId: string, { depth, relationTypes }: ExpandRequest): Promise<Expansion> {
  const { neighborhood } = await request(NeighborhoodQuery, { id: nodeId, depth, relationTypes, limitPerNode: neighbourCap });
  return {
    nodeId,
    depth,
    relationTypes,
    graph: graphFromApi(neighborhood.nodes, neighborhood.relations),
    omitted: neighborhood.omitted.map((o) => [o.nodeId, o.count]),
  };
}

/** The scene a shared link describes: expansions to fetch again and hidden nodes. */
export interface InitialScene {
  expand: readonly ExpansionSpec[];
  hidden: readonly string[];
  /** What "every type" means for an expansion stored without types. */
  allTypes: readonly RelationType[];
}

/** Canvas steps with undo/redo, the neighbourhood requests behind "expand", and Ctrl+Z / Ctrl+Shift+Z. */
export function useCanvasHistory(initial: InitialScene) {
  const [history, dispatch] = useReducer(historyReducer, initial, (scene) => ({
    past: [],
    present: { expansions: [], hidden: [...scene.hidden] },
    future: [],
  }));
  const [expanding, setExpanding] = useState<string | null>(null);
  const [expandError, setExpandError] = useState<{ nodeId: string; message: string } | null>(null);
  const [restoring, setRestoring] = useState(initial.expand.length > 0);
  const first = useRef(initial);

  // A shared link's expansions are fetched once, together; one that fails is left out rather than blocking the rest.
  useEffect(() => {
    const { expand, allTypes } = first.current;
    if (expand.length === 0) return;
    void Promise.all(
      expand.map((spec) =>
        fetchExpansion(spec.nodeId, { depth: spec.depth, relationTypes: spec.relationTypes.length ? spec.relationTypes : [...allTypes] }).catch(() => null),
      ),
    ).then((list) => {
      dispatch({ type: 'restore', expansions: list.filter((e): e is Expansion => e !== null) });
      setRestoring(false);
    });
  }, []);

  const expand = useCallback(async (nodeId: string, request: ExpandRequest) => {
    setExpanding(nodeId);
    setExpandError(null);
    try {
      dispatch({ type: 'expand', expansion: await fetchExpansion(nodeId, request) });
    } catch (error) {
      setExpandError({ nodeId, message: error instanceof ApiError ? error.message : 'Expanding failed; retry.' });
    } finally {
      setExpanding(null);
    }
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) dispatch({ type: 'undo' });
      else if ((key === 'z' && event.shiftKey) || key === 'y') dispatch({ type: 'redo' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return {
    state: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    apply: (action: CanvasAction) => dispatch(action),
    expand,
    expanding,
    expandError,
    /** True while a shared link's expansions are being fetched again. */
    restoring,
  };
}
