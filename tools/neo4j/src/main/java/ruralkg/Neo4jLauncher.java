package ruralkg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Starts a Neo4j 5 Community server (Bolt, HTTP and Neo4j Browser) in this JVM, with its home folder
 * given on the command line, and stops it cleanly on SIGTERM or SIGINT.
 *
 * <p>Usage: {@code Neo4jLauncher HOME BOLT_PORT HTTP_PORT PASSWORD_FILE}. The server listens on
 * loopback only. The password of the user {@code neo4j} is set from PASSWORD_FILE (so it never
 * appears on a command line). When the server answers, one line is printed:
 * {@code RURALKG_NEO4J_READY bolt://127.0.0.1:PORT http://127.0.0.1:PORT/browser/}.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    /** Sets the password on every start, so the file is the truth; the same password again is fine. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        try (var tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            tx.commit();
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Neo4jLauncher HOME BOLT_PORT HTTP_PORT PASSWORD_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String bolt = "127.0.0.1:" + Integer.parseInt(args[1]);
        String http = "127.0.0.1:" + Integer.parseInt(args[2]);
        String password = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).strip();
        Files.createDirectories(home);

        Map<String, String> config = new HashMap<>();
        config.put("server.default_listen_address", "127.0.0.1");
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", bolt);
        config.put("server.bolt.advertised_address", bolt);
        config.put("server.http.enabled", "true");
        config.put("server.http.listen_address", http);
        config.put("server.http.advertised_address", http);
        config.put("server.https.enabled", "false");
        config.put("dbms.security.auth_enabled", "true");
        // guides served by the ruralkg API on loopback may be played in Browser
        config.put("browser.remote_content_hostname_whitelist", "guides.neo4j.com,localhost,127.0.0.1");
        config.put("dbms.usage_report.enabled", "false");
        config.put("server.memory.pagecache.size", System.getProperty("ruralkg.pagecache", "128m"));
        config.put("server.directories.logs", home.resolve("logs").toString());
        config.put("db.transaction.timeout", "0");
        // a local analyst's disk: keep only the recent transaction logs (Neo4j's default keeps 2 days of
        // them, 5 GB at 10k articles); a server keeps what its backups need (README, "Neo4j on a server")
        config.put("db.tx_log.rotation.retention_policy",
                System.getProperty("ruralkg.txlog.retention", "2 files"));
        config.put("db.tx_log.rotation.size", System.getProperty("ruralkg.txlog.rotation", "64M"));

        // any other Neo4j setting, given as -Dneo4j.setting.NAME=VALUE (RURALKG_NEO4J_SETTINGS)
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("neo4j.setting.")) {
                config.put(name.substring("neo4j.setting.".length()), System.getProperty(name));
            }
        }

        CommunityBootstrapper server = new CommunityBootstrapper();
        int status = server.start(home, config);
        if (status != 0) {
            System.err.println("Neo4j did not start (status " + status + "); see " + home.resolve("logs"));
            System.exit(status);
        }
        try {
            setPassword(server.getDatabaseManagementService(), password);
        } catch (RuntimeException e) {
            System.err.println("could not set the password of user neo4j: " + e.getMessage());
            server.stop();
            System.exit(1);
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "ruralkg-neo4j-stop"));
        System.out.println("RURALKG_NEO4J_READY bolt://" + bolt + " http://" + http + "/browser/");
        System.out.flush();
        stopped.await();
    }
}
