import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { GraphData } from '../graph/model.ts';

export interface SceneNodeListProps {
  scene: GraphData;
  focusId: string | null;
  onChoose: (id: string) => void;
}

/**
 * The scene's nodes for keyboard and screen-reader users: Up and Down go through them by name,
 * Right and Left step to the next or previous neighbour of the current one, Enter opens its details.
 */
export function SceneNodeList({ scene, focusId, onChoose }: SceneNodeListProps) {
  const listId = useId();
  const list = useRef<HTMLDivElement>(null);
  const nodes = useMemo(() => [...scene.nodes].sort((a, b) => a.name.localeCompare(b.name)), [scene]);
  const neighbours = useMemo(() => {
    const map = new Map<string, string[]>();
    const add = (a: string, b: string) => map.set(a, [...(map.get(a) ?? []), b]);
    for (const e of scene.edges) {
      add(e.source, e.target);
      add(e.target, e.source);
    }
    const names = new Map(scene.nodes.map((n) => [n.id, n.name]));
    for (const [id, ids] of map)
      map.set(
        id,
        [...new Set(ids)].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b)),
      );
    return map;
  }, [scene]);
  const [active, setActive] = useState<string | null>(focusId);
  const current = nodes.some((n) => n.id === active) ? active : (nodes[0]?.id ?? null);
  // The list follows the canvas: a node focused there becomes the list's current node.
  useEffect(() => {
    if (focusId) setActive(focusId);
  }, [focusId]);
  useEffect(() => {
    if (current) document.getElementById(`${listId}-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  const onKey = (event: KeyboardEvent) => {
    const index = nodes.findIndex((n) => n.id === current);
    let next: string | undefined;
    if (event.key === 'ArrowDown') next = nodes[Math.min(nodes.length - 1, index + 1)]?.id;
    else if (event.key === 'ArrowUp') next = nodes[Math.max(0, index - 1)]?.id;
    else if (event.key === 'Home') next = nodes[0]?.id;
    else if (event.key === 'End') next = nodes.at(-1)?.id;
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const around = (focusId && neighbours.get(focusId)) || [];
      const at = around.indexOf(current ?? '');
      const step = event.key === 'ArrowRight' ? 1 : -1;
      next = around.length ? around[(at + step + around.length) % around.length] : undefined;
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current) onChoose(current);
    } else return;
    event.preventDefault();
    if (next) setActive(next);
  };

  return (
    <details className="scene-list">
      <summary>List of {nodes.length} nodes</summary>
      <p className="hint" id={`${listId}-hint`}>
        Up and Down move through the list, Right and Left through the focused node's neighbours, Enter opens the details.
      </p>
      <div
        ref={list}
        role="listbox"
        tabIndex={0}
        aria-label="Nodes in the scene"
        aria-describedby={`${listId}-hint`}
        aria-activedescendant={current ? `${listId}-${current}` : undefined}
        onKeyDown={onKey}
      >
        {nodes.map((node) => (
          // biome-ignore lint/a11y/useFocusableInteractive: the listbox takes focus and points at its current option (aria-activedescendant).
          // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys for all its options.
          <div
            key={node.id}
            id={`${listId}-${node.id}`}
            role="option"
            aria-selected={node.id === current}
            className={node.id === focusId ? 'focused' : undefined}
            onClick={() => {
              setActive(node.id);
              onChoose(node.id);
            }}
          >
            {node.name}
            <span className="muted"> · {node.kind}</span>
          </div>
        ))}
      </div>
    </details>
  );
}
