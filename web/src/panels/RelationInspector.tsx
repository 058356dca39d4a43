import { useEffect, useRef } from 'react';
import type { RelationType, RelationTypeInfo } from '../api/graph-queries.ts';
import { humanType, relationStyles } from '../graph/relation-styles.ts';
import { CitationLink } from './CitationLink.tsx';
import { useFocusReturn } from './use-focus-return.ts';

/** One relation with what is needed to read it: both ends by name, the curators' note and its evidence. */
export interface InspectedRelation {
  id: string;
  type: RelationType;
  from: { id: string; name: string };
  to: { id: string; name: string };
  note: string;
  source: string;
}

export interface RelationInspectorProps {
  relation: InspectedRelation;
  relationTypes: readonly RelationTypeInfo[];
  onFocus: (id: string) => void;
  onClose: () => void;
  /** Where keyboard focus goes when the inspector closes while holding it. */
  onFocusLost: () => void;
}

/** What a relation means and why the graph holds it: type and its meaning, note, and a working source link. */
export function RelationInspector({ relation, relationTypes, onFocus, onClose, onFocusLost }: RelationInspectorProps) {
  const panel = useRef<HTMLElement>(null);
  useFocusReturn(panel, onFocusLost);
  const info = relationTypes.find((t) => t.type === relation.type);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus when another relation is inspected.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [relation.id]);
  const end = (node: { id: string; name: string }) => (
    <button type="button" className="link" onClick={() => onFocus(node.id)}>
      {node.name}
    </button>
  );
  return (
    <aside ref={panel} className="panel details-panel relation-inspector" aria-label="Relation">
      <button type="button" className="close" aria-label="Close the relation" onClick={onClose}>
        ×
      </button>
      <p className="kind">Relation</p>
      <h2 ref={heading} tabIndex={-1}>
        {end(relation.from)} {info?.phrase ?? humanType(relation.type)} {end(relation.to)}
      </h2>
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          <span className="swatch line" style={{ borderColor: relationStyles[relation.type].color }} aria-hidden="true" /> <code>{relation.type}</code>
          {info?.symmetric ? ' (works both ways)' : ''}
        </dd>
        {info?.description && (
          <>
            <dt>Meaning</dt>
            <dd>{info.description}</dd>
          </>
        )}
        <dt>Note</dt>
        <dd>{relation.note || '—'}</dd>
        <dt>Evidence</dt>
        <dd>
          <CitationLink source={relation.source} prefix="" />
        </dd>
      </dl>
    </aside>
  );
}
