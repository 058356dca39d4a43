import type { TechnologyStatusName } from '../api/search-query.ts';

export interface StatusBadgeProps {
  status: TechnologyStatusName | null | undefined;
  since?: number | null;
}

/** Says "deprecated 2023" or "retired 2025" beside a name; an active technology needs no badge. */
export function StatusBadge({ status, since }: StatusBadgeProps) {
  if (!status || status === 'ACTIVE') return null;
  const word = status.toLowerCase();
  return (
    <span className={`status-badge status-${word}`} title={`This technology is ${word}${since ? ` since ${since}` : ''}.`}>
      {word}
      {since ? ` ${since}` : ''}
    </span>
  );
}
