import { useCallback, useEffect, useReducer, useState } from 'react';
import { ApiError, request } from '../api/client.ts';
import { NeighborhoodQuery } from '../api/neighborhood-query.ts';
import { graphFromApi } from '../graph/model.ts';
import type { ExpandRequest } from '../panels/ExpandControls.tsx';
import { type CanvasAction, historyReducer, initialHistory } from './canvas-history.ts';

/** Neighbours per node before the API says "N more" instead. */
export const neighbourCap = 25;

/** Canvas steps with undo/redo, the neighbourhood requests behind "expand", and Ctrl+Z / Ctrl+Shift+Z. */
export function useCanvasHistory() {
  const [history, dispatch] = useReducer(historyReducer, initialHistory);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [expandError, setExpandError] = useState<{ nodeId: string; message: string } | null>(null);

  const expand = useCallback(async (nodeId: string, { depth, relationTypes }: ExpandRequest) => {
    setExpanding(nodeId);
    setExpandError(null);
    try {
      const { neighborhood } = await request(NeighborhoodQuery, { id: nodeId, depth, relationTypes, limitPerNode: neighbourCap });
      dispatch({
        type: 'expand',
        expansion: {
          nodeId,
          depth,
          relationTypes,
          graph: graphFromApi(neighborhood.nodes, neighborhood.relations),
          omitted: neighborhood.omitted.map((o) => [o.nodeId, o.count]),
        },
      });
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
  };
}
