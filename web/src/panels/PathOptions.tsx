import type { RelationType, RelationTypeInfo } from '../api/graph-queries.ts';
import { toggleIn } from '../graph/filters.ts';
import { SearchBox } from './SearchBox.tsx';

export interface PathOptionsProps {
  relationTypes: readonly RelationTypeInfo[];
  /** Types the paths may follow; empty means all. */
  pathTypes: RelationType[];
  avoidHubs: boolean;
  /** Nodes no path may pass through, with their names for the chips. */
  excluded: ReadonlyArray<{ id: string; name: string }>;
  onTypes: (types: RelationType[]) => void;
  onAvoidHubs: (avoidHubs: boolean) => void;
  onExclude: (ids: string[]) => void;
}

/** How the path finder searches: which relation types it follows, whether it avoids hubs, which nodes it leaves out. */
export function PathOptions(props: PathOptionsProps) {
  const ids = props.excluded.map((n) => n.id);
  return (
    <div className="path-options">
      <details className="path-types">
        <summary>Follow relation types ({props.pathTypes.length === 0 ? 'all' : props.pathTypes.length})</summary>
        <div className="chips">
          {props.relationTypes.map((t) => (
            <label key={t.type} className="chip" title={t.description}>
              <input type="checkbox" checked={props.pathTypes.includes(t.type)} onChange={() => props.onTypes(toggleIn(props.pathTypes, t.type))} />
              {t.phrase}
            </label>
          ))}
        </div>
      </details>
      <label className="path-hubs" title="Programming languages and very connected nodes link almost everything, so paths through them explain little.">
        <input type="checkbox" checked={props.avoidHubs} onChange={(event) => props.onAvoidHubs(event.target.checked)} />
        Avoid generic hubs
      </label>
      <div className="path-exclude">
        {props.excluded.length > 0 && (
          <ul className="chips" aria-label="Left out of paths">
            {props.excluded.map((node) => (
              <li key={node.id} className="chip">
                {node.name}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Stop leaving out ${node.name}`}
                  onClick={() => props.onExclude(ids.filter((id) => id !== node.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {/* Remounted after each choice, so the box is empty again for the next node. */}
        <SearchBox
          key={ids.join(',')}
          label="Leave a node out of paths"
          placeholder="Leave out, e.g. Python"
          onChoose={(hit) => props.onExclude([...new Set([...ids, hit.id])])}
        />
      </div>
    </div>
  );
}
