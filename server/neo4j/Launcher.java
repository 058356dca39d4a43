import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs a Neo4j 5 Community DBMS as its own process with a Bolt connector, so techgraph can use a real
 * Neo4j without a separate install. Usage: java Launcher HOME CONF [OWNER_PID]. HOME holds the
 * databases and the generated password (HOME/password); CONF is a neo4j.conf written by
 * server/src/neo4j/managed.ts. With OWNER_PID (a test run's throwaway server) it shuts down when
 * that process is gone, so a killed test run leaves no server behind.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = Path.of(args[1]).toAbsolutePath();
    Path marker = home.resolve("password-applied");

    // First start: set the generated password while Bolt is still closed, so the server is never
    // reachable with the default neo4j/neo4j credentials.
    if (!Files.exists(marker)) {
      String password = Files.readString(home.resolve("password"), StandardCharsets.UTF_8).trim();
      // No transaction timeout here: on a busy machine the first start's system work can outlast it.
      DatabaseManagementService setup = builder(home, conf)
          .setConfig(BoltConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
          .build();
      setup.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      setup.shutdown();
      Files.writeString(marker, "ok\n");
    }

    DatabaseManagementService dbms = builder(home, conf).build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("techgraph-neo4j: stopping");
      dbms.shutdown();
      stopped.countDown();
    }));
    if (args.length > 2) {
      ProcessHandle.of(Long.parseLong(args[2])).ifPresentOrElse(
          owner -> owner.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
    }
    dbms.database("neo4j").executeTransactionally("RETURN 1");
    System.out.println("techgraph-neo4j: ready");
    System.out.flush();
    stopped.await();
  }

  private static DatabaseManagementServiceBuilder builder(Path home, Path conf) {
    return new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf);
  }
}
