import type { AppConfig } from '../config.ts';
import { Db } from '../db/driver.ts';
import { SetupError } from './java.ts';
import { ManagedNeo4j } from './managed.ts';

export function managedServer(config: AppConfig, log?: (line: string) => void): ManagedNeo4j {
  return new ManagedNeo4j({ ...config.managed, ...(log && { log }) });
}

/**
 * The database the app talks to: the server named by NEO4J_URI, or else the bundled one, started
 * here if it is not running yet. Resolves once a query has gone through with the credentials.
 */
export async function connectDatabase(config: AppConfig, log: (line: string) => void = () => {}): Promise<Db> {
  const target = config.external ?? (await managedServer(config, log).start());
  const db = new Db({ ...target, ...(config.external?.database && { database: config.external.database }) });
  try {
    await db.ping(10_000);
  } catch (error) {
    await db.close();
    throw explainConnectionError(error, target.uri);
  }
  return db;
}

function explainConnectionError(error: unknown, uri: string): Error {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return new SetupError(`Neo4j at ${uri} refused the user name or password; check NEO4J_USER and NEO4J_PASSWORD.`);
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return new SetupError(`Neo4j at ${uri} has no database by that name; check NEO4J_DATABASE.`);
  return new SetupError(`Neo4j at ${uri} could not be reached (${(error as Error).message.split('\n')[0]}); check that it runs and that NEO4J_URI is right.`);
}
