import type { SceneStart } from '../state/scene-url.ts';

export interface SceneBarProps {
  start: SceneStart;
  nodes: number;
  relations: number;
  total: number;
  onStart: (start: SceneStart) => void;
}

/** What the scene is and how to grow it, with the whole graph one click away. */
export function SceneBar({ start, nodes, relations, total, onStart }: SceneBarProps) {
  return (
    <div className="scene-bar" data-canvas-overlay="bottom">
      <p className="scene-hint">Search, or click a technology to explore</p>
      <p className="scene-count" aria-live="polite" title={start === 'overview' ? `The first view: the most connected of ${total} technologies` : undefined}>
        {nodes} nodes · {relations} relations
      </p>
      {start === 'all' ? (
        <button type="button" onClick={() => onStart('overview')}>
          Show the overview
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => onStart('all')}>
          Show everything
        </button>
      )}
    </div>
  );
}
