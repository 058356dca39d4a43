import { useEffect, useMemo, useRef } from 'react';
import type { BaseGraph } from '../api/load-base-graph.ts';
import type { ExpandRequest } from '../panels/ExpandControls.tsx';
import type { UrlState } from '../state/url-state.ts';
import { useCanvasHistory } from '../state/use-canvas-history.ts';
import type { UrlStateUpdate } from '../state/use-url-state.ts';

type Update = (change: UrlStateUpdate, options?: { replace?: boolean }) => void;

/**
 * The explore scene's history (expansions and hidden nodes, with undo and redo) kept in step with
 * the address bar, so a shared link reopens the same scene; and the rule that a technology
 * focused from outside the scene (search, a panel link) arrives with its neighbours.
 */
export function useScene(base: BaseGraph, url: UrlState, update: Update, inScene: (id: string) => boolean) {
  const allTypes = useMemo(() => base.vocabulary.relationTypes.map((t) => t.type), [base]);
  const history = useCanvasHistory({ expand: url.expand, hidden: url.hidden, allTypes });
  const everything: ExpandRequest = useMemo(() => ({ depth: 1, relationTypes: allTypes }), [allTypes]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: written whenever the scene's history moves, and only then.
  useEffect(() => {
    if (history.restoring) return;
    const expand = history.state.expansions.map((e) => ({
      nodeId: e.nodeId,
      depth: e.depth,
      relationTypes: allTypes.every((t) => e.relationTypes.includes(t)) ? [] : e.relationTypes,
    }));
    update({ expand, hidden: history.state.hidden }, { replace: true });
  }, [history.state, history.restoring]);

  const lastFocus = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to a new focus (or the end of a restore), not to every render.
  useEffect(() => {
    const focus = url.view === 'explore' ? url.focus : null;
    if (history.restoring || focus === lastFocus.current) return;
    lastFocus.current = focus;
    if (focus && !inScene(focus) && !history.state.expansions.some((e) => e.nodeId === focus)) void history.expand(focus, everything);
  }, [url.focus, url.view, history.restoring]);

  return { history, everything, allTypes };
}
