import type { Driver } from 'neo4j-driver';

interface PoolInternals {
  _connectionProvider?: { _connectionPool?: { _activeResourceCounts?: Record<string, number> } } | null;
}

/**
 * Connections the driver's pool has lent out and not had back, over every server address. The
 * driver has no public figure for it, so this reads the pool's own count (neo4j-driver 5's
 * `Pool._activeResourceCounts`); null when a driver release lays its pool out differently.
 */
export function connectionsInUse(driver: Driver): number | null {
  const provider = (driver as unknown as PoolInternals)._connectionProvider;
  // The driver makes its pool on the first statement; before that nothing can be lent out.
  if (provider === null) return 0;
  const counts = provider?._connectionPool?._activeResourceCounts;
  if (!counts || typeof counts !== 'object') return null;
  return Object.values(counts).reduce((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
}
