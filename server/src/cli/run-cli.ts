import { ConfigError } from '../config.ts';
import { SetupError } from '../neo4j/java.ts';

/** Errors a person can act on: printed as their one-sentence message, without a stack trace. */
const expected = (error: unknown) => error instanceof SetupError || error instanceof ConfigError || (error as Error)?.name === 'SeedDataError';

/** Runs a command-line entry point; exits non-zero with a readable message on failure. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (expected(error)) console.error(`\n${(error as Error).message}`);
    else console.error(error);
    process.exit(1);
  });
}
