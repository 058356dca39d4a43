import type { RelationTypeInfo } from '../api/graph-queries.ts';
import { groupRelations, type RelationLike } from '../graph/relation-groups.ts';
import { relationStyles } from '../graph/relation-styles.ts';
import { CitationLink } from './CitationLink.tsx';
import type { InspectedRelation } from './RelationInspector.tsx';

export interface RelationListProps {
  id: string;
  name: string;
  relations: readonly RelationLike[];
  relationTypes: readonly RelationTypeInfo[];
  onFocus: (id: string) => void;
  onInspect: (relation: InspectedRelation) => void;
}

/** A node's relations grouped by how they read from it, each with its note, its source and a way to inspect it. */
export function RelationList({ id, name, relations, relationTypes, onFocus, onInspect }: RelationListProps) {
  const byId = new Map(relations.map((r) => [r.id, r]));
  return (
    <section className="relations">
      <h3>Relations ({relations.length})</h3>
      {groupRelations(id, relations, relationTypes).map((group) => (
        <div key={group.key} className="relation-group">
          <h4>
            <span className="swatch line" style={{ borderColor: relationStyles[group.type].color }} aria-hidden="true" />
            {name} {group.heading}
          </h4>
          <ul>
            {group.items.map((item) => {
              const relation = byId.get(item.relationId);
              return (
                <li key={item.relationId}>
                  <button type="button" className="link" onClick={() => onFocus(item.other.id)}>
                    {item.other.name}
                  </button>{' '}
                  {relation && (
                    <button
                      type="button"
                      className="inspect"
                      aria-label={`Evidence for ${name} ${group.heading} ${item.other.name}`}
                      title="Show the relation's meaning, note and source"
                      onClick={() =>
                        onInspect({
                          id: relation.id,
                          type: relation.type,
                          from: { id: relation.from.id, name: relation.from.name },
                          to: { id: relation.to.id, name: relation.to.name },
                          note: relation.note,
                          source: relation.source,
                        })
                      }
                    >
                      Evidence
                    </button>
                  )}
                  {item.note && <span className="note">{item.note}</span>}
                  <span className="note source">
                    <CitationLink source={item.source} />
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
