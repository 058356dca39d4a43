import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config.ts';

describe('the read cache settings', () => {
  it('default to a 250 ms staleness bound, 5000 answers and 32 MiB', () => {
    expect(loadConfig({})).toMatchObject({ readCache: { checkMs: 250, maxEntries: 5_000, maxBytes: 32 * 2 ** 20 } });
  });

  it('take the bound and sizes from the environment', () => {
    const config = loadConfig({ READ_CACHE_CHECK_MS: '1000', READ_CACHE_MAX_ENTRIES: '10', READ_CACHE_MAX_MB: '1.5' });
    expect(config.readCache).toEqual({ checkMs: 1_000, maxEntries: 10, maxBytes: 1.5 * 2 ** 20 });
  });

  it('turn the cache off when either size is 0', () => {
    expect(loadConfig({ READ_CACHE_MAX_ENTRIES: '0' }).readCache).toBe(false);
    expect(loadConfig({ READ_CACHE_MAX_MB: '0' }).readCache).toBe(false);
  });

  it('refuse a bound that is not a whole number of milliseconds, naming the variable', () => {
    expect(() => loadConfig({ READ_CACHE_CHECK_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig({ READ_CACHE_CHECK_MS: 'soon' })).toThrow(/READ_CACHE_CHECK_MS/);
  });
});
