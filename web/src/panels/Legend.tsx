import type { RelationTypeInfo } from '../api/graph-queries.ts';
import type { LegendEntry } from '../graph/filters.ts';
import { relationStyles } from '../graph/relation-styles.ts';

export interface LegendProps {
  categories: LegendEntry[];
  relationTypes: readonly RelationTypeInfo[];
  /** Open at first or folded; folded, only its summary button sits on the canvas. */
  defaultOpen: boolean;
}

const shown = 10;

/** "is an upgrade of" → "upgrade of": the legend is small, the panel has the full phrase. */
const short = (phrase: string) => phrase.replace(/^is (an? )?/, '');

/** What the colours and lines on the canvas mean, for what is on the canvas now. Clicks pass through it to the graph (styles/legend-and-canvas.css). */
export function Legend({ categories, relationTypes, defaultOpen }: LegendProps) {
  return (
    <details className="legend" open={defaultOpen}>
      <summary data-canvas-overlay="bottom">Legend</summary>
      <ul className="legend-categories" aria-label="Category colours">
        {categories.slice(0, shown).map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {c.name} <span className="count">{c.count}</span>
          </li>
        ))}
        {categories.length > shown && <li className="more">and {categories.length - shown} more categories</li>}
      </ul>
      <ul className="legend-relations" aria-label="Relation types">
        {relationTypes.map((t) => (
          <li key={t.type}>
            <span className={`swatch line ${relationStyles[t.type].line}`} style={{ borderColor: relationStyles[t.type].color }} aria-hidden="true" />
            {short(t.phrase)}
            {t.symmetric ? '' : ' →'}
          </li>
        ))}
      </ul>
      <p className="legend-note">Bigger nodes have more relations.</p>
    </details>
  );
}
