import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config.ts';
import { defaultTokenGuardLimits } from '../../../server/src/token-guard.ts';

describe('the security settings from the environment', () => {
  it('take the token-guessing limits, naming the variable when one is wrong', () => {
    expect(loadConfig({}).tokenGuard).toEqual(defaultTokenGuardLimits);
    const config = loadConfig({ TOKEN_SLOW_AFTER: '2', TOKEN_REFUSE_AFTER: '7', TOKEN_WINDOW_SECONDS: '60', TOKEN_DELAY_STEP_MS: '50' });
    expect(config.tokenGuard).toEqual({ slowAfter: 2, refuseAfter: 7, windowSeconds: 60, delayStepMs: 50 });
    expect(() => loadConfig({ TOKEN_REFUSE_AFTER: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ TOKEN_WINDOW_SECONDS: 'a minute' })).toThrow(/TOKEN_WINDOW_SECONDS/);
  });

  it('let listed origins embed the app and refuse anything that is not an origin', () => {
    expect(loadConfig({}).frameAncestors).toEqual([]);
    expect(loadConfig({ FRAME_ANCESTORS: "https://portal.example, 'self'" }).frameAncestors).toEqual(['https://portal.example', "'self'"]);
    expect(() => loadConfig({ FRAME_ANCESTORS: "https://a.example; script-src 'unsafe-inline'" })).toThrow(
      /FRAME_ANCESTORS must be a comma-separated list of origins/,
    );
    expect(() => loadConfig({ FRAME_ANCESTORS: '*' })).toThrow(ConfigError);
  });

  it('keep the audit log beside the bundled Neo4j unless AUDIT_LOG names a file', () => {
    expect(loadConfig({ NEO4J_HOME: '/srv/neo4j' }).auditLog).toBe(path.resolve('/srv/neo4j/audit.jsonl'));
    expect(loadConfig({ AUDIT_LOG: '/var/log/techgraph-audit.jsonl' }).auditLog).toBe('/var/log/techgraph-audit.jsonl');
  });
});
