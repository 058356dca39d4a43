import { useId, useState } from 'react';
import type { RelationType, RelationTypeInfo } from '../api/graph-queries.ts';
import { toggleIn } from '../graph/filters.ts';

export interface ExpandRequest {
  depth: number;
  relationTypes: RelationType[];
}

export interface ExpandControlsProps {
  name: string;
  relationTypes: readonly RelationTypeInfo[];
  expanded: boolean;
  busy: boolean;
  error: string | null;
  omitted: number;
  onExpand: (request: ExpandRequest) => void;
  onCollapse: () => void;
  onHide: () => void;
}

/** Expand by relation type and depth 1–3, collapse, hide. */
export function ExpandControls({ name, relationTypes, expanded, busy, error, omitted, onExpand, onCollapse, onHide }: ExpandControlsProps) {
  const depthId = useId();
  const [depth, setDepth] = useState(1);
  const [excluded, setExcluded] = useState<RelationType[]>([]);
  const chosen = relationTypes.map((t) => t.type).filter((t) => !excluded.includes(t));
  return (
    <section className="expand-controls" aria-label={`Expand ${name}`}>
      <div className="row">
        <label htmlFor={depthId}>Depth</label>
        <select id={depthId} value={depth} onChange={(event) => setDepth(Number(event.target.value))}>
          <option value={1}>1 step</option>
          <option value={2}>2 steps</option>
          <option value={3}>3 steps</option>
        </select>
        {/* aria-disabled rather than disabled, as in the toolbar: a button disabled under the keyboard drops focus to the page. */}
        <button
          type="button"
          className="primary"
          aria-disabled={busy || chosen.length === 0}
          onClick={() => !busy && chosen.length > 0 && onExpand({ depth, relationTypes: chosen })}
        >
          {busy ? 'Expanding…' : expanded ? 'Expand again' : 'Expand neighbours'}
        </button>
      </div>
      <details>
        <summary>
          Relation types to follow ({chosen.length} of {relationTypes.length})
        </summary>
        <div className="chips">
          {relationTypes.map((t) => (
            <label key={t.type} className="chip" title={t.description}>
              <input type="checkbox" checked={!excluded.includes(t.type)} onChange={() => setExcluded((list) => toggleIn(list, t.type))} />
              {t.phrase}
            </label>
          ))}
        </div>
      </details>
      <div className="row">
        <button type="button" aria-disabled={!expanded} onClick={() => expanded && onCollapse()}>
          Collapse
        </button>
        <button type="button" onClick={onHide}>
          Hide from canvas
        </button>
      </div>
      {omitted > 0 && (
        <p className="note">
          {omitted} more neighbour{omitted === 1 ? '' : 's'} not shown: the API caps a hub's neighbours so the canvas stays readable.
        </p>
      )}
      {error && (
        <p className="note error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
