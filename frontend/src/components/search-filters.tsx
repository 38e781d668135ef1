import { useState, type ReactNode } from 'react';

import { ErrorMessage } from '@/components/error-message';
import { FacetFilter } from '@/components/facet-filter';
import { toggleCode } from '@/components/search-results';
import type { Taxonomies } from '@/lib/taxonomies/get-taxonomies';

/** How many filters are on: each code chosen, and each other filter set. */
export function activeCount(...filters: (readonly string[] | string | boolean | undefined)[]) {
  return filters.reduce<number>(
    (sum, filter) => sum + (Array.isArray(filter) ? filter.length : filter ? 1 : 0),
    0,
  );
}

/** A yes/no filter ("free places only", "closing soon"). */
export function FilterCheckbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * A search page's filters: what stays in view (`lead`: the region, a kind), then a panel that folds
 * away on narrow screens behind a button counting the filters on, holding `panel` (filters of
 * their own) and the facets built from the taxonomies once they are loaded, and the link that
 * clears the search while anything is chosen.
 */
export function SearchFilters({
  label,
  panelId,
  lead,
  panel,
  taxonomies,
  facets,
  active,
  hasFilters,
  clearLabel,
  onClear,
}: {
  label: string;
  panelId: string;
  lead: ReactNode;
  panel?: ReactNode;
  taxonomies: {
    data: Taxonomies | undefined;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  facets: (taxonomies: Taxonomies) => ReactNode;
  active: number;
  hasFilters: boolean;
  clearLabel: string;
  onClear: () => void;
}) {
  // On narrow screens the checkbox groups fold away behind a button, so results come soon.
  const [open, setOpen] = useState(false);
  return (
    <aside className="filters" aria-label={label}>
      {lead}
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
        {active > 0 ? ` (${active})` : null}
      </button>
      <div id={panelId} className="facet-panel" data-open={open}>
        {panel}
        {taxonomies.data ? (
          facets(taxonomies.data)
        ) : taxonomies.isError ? (
          <ErrorMessage error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />
        ) : null}
      </div>
      {hasFilters ? (
        <button type="button" className="link-button" onClick={onClear}>
          {clearLabel}
        </button>
      ) : null}
    </aside>
  );
}

/** The fields of a search's state that hold a list of codes. */
type CodeField<State> = {
  [Key in keyof State]-?: State[Key] extends string[] ? Key : never;
}[keyof State];

/**
 * The checkbox groups of a search whose selections live in its state: `facet(field, group)` shows
 * the group with `state[field]` checked, and a code checked or unchecked goes back through `update`.
 */
export function codeFacets<State>(state: State, update: (patch: Partial<State>) => void) {
  return (
    field: CodeField<State>,
    group: Omit<Parameters<typeof FacetFilter>[0], 'selected' | 'onToggle'>,
  ) => {
    const selected = state[field] as string[];
    return (
      <FacetFilter
        key={group.name}
        {...group}
        selected={selected}
        onToggle={(code, on) =>
          update({ [field]: toggleCode(selected, code, on) } as Partial<State>)
        }
      />
    );
  };
}
