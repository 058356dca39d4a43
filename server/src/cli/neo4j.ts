import { loadConfig } from '../config.ts';
import { managedServer } from '../neo4j/connect.ts';
import { SetupError } from '../neo4j/java.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const config = loadConfig();
  const command = process.argv[2];
  if (config.external && command !== 'status')
    throw new SetupError(`NEO4J_URI is set (${config.external.uri}), so techgraph does not manage a Neo4j of its own; unset it to use the bundled server.`);
  const server = managedServer(config, (line) => console.log(line));
  switch (command) {
    case 'start': {
      const connection = await server.start();
      console.log(`Neo4j is running on ${connection.uri} (user neo4j, password in ${config.managed.home}/password).`);
      break;
    }
    case 'stop':
      console.log((await server.stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      break;
    case 'status': {
      if (config.external) {
        console.log(`Using the external Neo4j at ${config.external.uri} (NEO4J_URI).`);
        break;
      }
      const pid = await server.pid();
      console.log(pid ? `Neo4j is running (pid ${pid}) on ${server.uri}, data in ${config.managed.home}.` : 'Neo4j is not running.');
      break;
    }
    default:
      throw new SetupError(`Unknown command "${command ?? ''}"; use start, stop or status.`);
  }
});
