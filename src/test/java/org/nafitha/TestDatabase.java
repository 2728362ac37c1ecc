package org.nafitha;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test run a database of its own: in-memory H2 by default; a fresh PostgreSQL
 * database, created here and dropped when the JVM exits, when {@code CI=true} or when
 * {@code NAFITHA_TEST_POSTGRES} names a server (JDBC URL of its maintenance database, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}; user from {@code NAFITHA_TEST_POSTGRES_USER},
 * default {@code postgres}). Files the app writes go under {@code target/test-data/}.
 */
public class TestDatabase implements EnvironmentPostProcessor {

    private static final String RUN = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").format(LocalDateTime.now())
            + "_" + UUID.randomUUID().toString().substring(0, 8);
    private static Map<String, Object> properties;
    /** How long the database's dropping waits for the contexts to close their pools. */
    private static final Duration CLOSING = Duration.ofSeconds(20);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("nafitha-test-database", properties()));
    }

    public static boolean onPostgres() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("NAFITHA_TEST_POSTGRES") != null;
    }

    private static synchronized Map<String, Object> properties() {
        if (properties != null) return properties;
        var props = new HashMap<String, Object>();
        var dataDir = Path.of("target", "test-data", RUN).toAbsolutePath();
        props.put("nafitha.identity.key-dir", dataDir.resolve("keys").toString());
        props.put("nafitha.issuance.demo-key-dir", dataDir.resolve("keys").toString());
        props.put("nafitha.transparency.key-file", dataDir.resolve("keys/transparency-ed25519.key").toString());
        props.put("nafitha.documents.store-dir", dataDir.resolve("documents").toString());
        if (onPostgres()) {
            var admin = System.getenv().getOrDefault("NAFITHA_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/postgres");
            var user = System.getenv().getOrDefault("NAFITHA_TEST_POSTGRES_USER", "postgres");
            var password = System.getenv().getOrDefault("NAFITHA_TEST_POSTGRES_PASSWORD", "");
            var database = "nafitha_test_" + RUN.toLowerCase();
            execute(admin, user, password, "CREATE DATABASE " + database + " ENCODING 'UTF8'");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropOnceClosed(admin, user, password, database)));
            props.put("spring.datasource.url", admin.substring(0, admin.lastIndexOf('/') + 1) + database);
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", password);
            // The database is dropped by a shutdown hook that runs beside the one closing the cached
            // contexts; it waits for their pools to close (dropOnceClosed), but not for ever: nothing
            // should then wait 30 s for a connection to a database that is gone.
            props.put("spring.datasource.hikari.connection-timeout", "2000");
            props.put("spring.session.jdbc.cleanup-cron", "-");
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:nafitha_" + RUN
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        properties = Map.copyOf(props);
        return properties;
    }

    /**
     * Drops the run's database once the cached application contexts, closing in a shutdown hook of their own
     * beside this one, have closed their connection pools — at most {@link #CLOSING} later. Dropped at once,
     * each closing context waited for a connection and failed in its event registry's {@code destroy}, and
     * the JVM took longer to exit than Surefire waits (it killed the fork).
     */
    private static void dropOnceClosed(String admin, String user, String password, String database) {
        try (var connection = DriverManager.getConnection(admin, user, password);
             var others = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
            others.setString(1, database);
            long deadline = System.nanoTime() + CLOSING.toNanos();
            while (System.nanoTime() < deadline) {
                try (var count = others.executeQuery()) {
                    if (count.next() && count.getLong(1) == 0) break;
                }
                Thread.sleep(200);
            }
            try (var drop = connection.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the test database " + database + " at " + admin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database (" + sql + ") at " + url, e);
        }
    }
}
