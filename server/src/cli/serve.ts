import type http from 'node:http';
import type { Db } from '../db/driver.ts';
import { SetupError } from '../neo4j/java.ts';

/** Rejects with a readable sentence when `port` cannot be bound. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await listen(probe as unknown as http.Server, port, host);
  await new Promise((resolve) => probe.close(resolve));
}

/** Listens, turning "port taken" into a sentence a person can act on. */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new SetupError(`Port ${port} is already in use; stop the program using it or set PORT to another port.`));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

/** On SIGINT or SIGTERM: stop accepting requests, let running ones finish, close the driver, exit. */
export function shutdownOn(server: http.Server, db: Db, log: (line: string) => void): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`Received ${signal}; shutting down…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(() => {
      db.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
