import path from 'node:path';
import type { AppConfig } from '../config.ts';
import { SetupError } from '../neo4j/java.ts';

/** Backup and restore work on the bundled server's files; a server named by NEO4J_URI keeps its own. */
export function requireBundled(config: AppConfig, verb: 'back up' | 'restore'): void {
  if (config.external)
    throw new SetupError(
      `NEO4J_URI is set (${config.external.uri}), so there is no bundled Neo4j to ${verb}; use that server's own tooling instead (\`neo4j-admin database dump\` and \`load\` on it, or Aura's snapshots).`,
    );
}

/** Resolves a path as the person typed it: `npm run` moves to the checkout's root, but keeps the folder they ran it from in INIT_CWD. */
export function fromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}
