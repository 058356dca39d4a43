import type { RelationType, RelationTypeInfo } from '../api/graph-queries.ts';
import { type Filters, toggleIn, type VendorEntry } from '../graph/filters.ts';
import { relationStyles } from '../graph/relation-styles.ts';

export interface CategoryOption {
  id: string;
  name: string;
  color: string;
  count: number;
}

export interface FiltersPanelProps {
  categories: CategoryOption[];
  relationTypes: readonly RelationTypeInfo[];
  vendors: VendorEntry[];
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** Toggle categories, relation types and vendors; the canvas and legend follow. */
export function FiltersPanel({ categories, relationTypes, vendors, filters, onChange }: FiltersPanelProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <section className="filters" aria-label="Filters">
      <details open>
        <summary>Categories</summary>
        <BulkButtons onAll={() => set({ hiddenCategories: [] })} onNone={() => set({ hiddenCategories: categories.map((c) => c.id).sort() })} />
        <ul className="checklist">
          {categories.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!filters.hiddenCategories.includes(c.id)}
                  onChange={() => set({ hiddenCategories: toggleIn(filters.hiddenCategories, c.id) })}
                />
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                <span className="name">{c.name}</span>
                <span className="count">{c.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>Relation types</summary>
        <BulkButtons
          onAll={() => set({ hiddenRelationTypes: [] })}
          onNone={() => set({ hiddenRelationTypes: relationTypes.map((t) => t.type).sort() as RelationType[] })}
        />
        <ul className="checklist">
          {relationTypes.map((t) => (
            <li key={t.type}>
              <label title={t.description}>
                <input
                  type="checkbox"
                  checked={!filters.hiddenRelationTypes.includes(t.type)}
                  onChange={() => set({ hiddenRelationTypes: toggleIn(filters.hiddenRelationTypes, t.type) })}
                />
                <span className={`swatch line ${relationStyles[t.type].line}`} style={{ borderColor: relationStyles[t.type].color }} aria-hidden="true" />
                <span className="name">{t.phrase}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>Vendors</summary>
        <BulkButtons onAll={() => set({ hiddenVendors: [] })} onNone={() => set({ hiddenVendors: vendors.map((v) => v.id).sort() })} />
        <ul className="checklist">
          {vendors.map((v) => (
            <li key={v.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!filters.hiddenVendors.includes(v.id)}
                  onChange={() => set({ hiddenVendors: toggleIn(filters.hiddenVendors, v.id) })}
                />
                <span className="name">{v.name}</span>
                <span className="count">{v.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function BulkButtons({ onAll, onNone }: { onAll: () => void; onNone: () => void }) {
  return (
    <div className="bulk">
      <button type="button" className="small" onClick={onAll}>
        All
      </button>
      <button type="button" className="small" onClick={onNone}>
        None
      </button>
    </div>
  );
}
