package org.sealedintake.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Once per test run, before the first Quarkus test: creates a fresh database (tests use unique data
 * instead of deleting rows; audit tables are insert-only) and makes sure the real Keycloak runs,
 * starting it with the project's script when it does not. Stops Keycloak at the end only if it
 * started it.
 */
public class TestEnvironment implements LauncherSessionListener {
    public static final String DB_HOST = env("DB_HOST", "127.0.0.1");
    public static final String DB_PORT = env("DB_PORT", "5432");
    public static final String DB_OWNER = env("DB_OWNER", "sealed_owner");
    public static final String DB_OWNER_PASSWORD = env("DB_OWNER_PASSWORD", "dev-only-owner-pw");
    public static final String DB_APP_USER = env("DB_APP_USER", "sealed_app");

    private static String databaseName;
    private boolean startedKeycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (databaseName != null) {
            return;
        }
        databaseName = "sealed_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + ProcessHandle.current().pid();
        dropStaleDatabases();
        createDatabase(databaseName);
        System.setProperty("db.name", databaseName);
        // Another Keycloak port (KEYCLOAK_PORT) lets two checkouts test side by side.
        String kcPort = env("KEYCLOAK_PORT", "8180");
        System.setProperty("sealedtest.keycloak.url", "http://127.0.0.1:" + kcPort);
        System.setProperty("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + kcPort + "/realms/sealed-intake");
        startedKeycloak = ensureKeycloak();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (startedKeycloak && !Boolean.getBoolean("sealedtest.keep-keycloak")) {
            script("keycloak.sh", "stop");
        }
    }

    public static String databaseName() {
        // @QuarkusTest classes see this class through another class loader, where the static field is
        // unset; the system property set at session start is shared by both.
        return databaseName != null ? databaseName : System.getProperty("db.name");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + DB_HOST + ":" + DB_PORT + "/" + database;
    }

    /** A connection as the owner role, for tests that inspect or tamper with the database directly. */
    public static Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(databaseName()), DB_OWNER, DB_OWNER_PASSWORD);
    }

    /** Test databases of runs more than a day old: each run makes a new one and leaves it for inspection. */
    private static void dropStaleDatabases() {
        String cutoff = "sealed_test_" + LocalDateTime.now().minusDays(1).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), DB_OWNER, DB_OWNER_PASSWORD);
                Statement s = c.createStatement()) {
            java.util.List<String> stale = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("select datname from pg_database d join pg_roles r on r.oid = d.datdba"
                    + " where r.rolname = current_user and datname like 'sealed\\_test\\_%'")) {
                while (rs.next()) {
                    if (rs.getString(1).compareTo(cutoff) < 0) {
                        stale.add(rs.getString(1));
                    }
                }
            }
            for (String db : stale) {
                s.execute("drop database if exists \"" + db + "\"");
            }
        } catch (SQLException e) {
            // Housekeeping only: a run never fails because an old database could not be dropped.
        }
    }

    private static void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), DB_OWNER, DB_OWNER_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database as " + DB_OWNER
                    + "; run scripts/db-setup.sh first (README). " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(name), DB_OWNER, DB_OWNER_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("revoke all on schema public from public");
            s.execute("grant usage on schema public to " + DB_APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database: " + e.getMessage(), e);
        }
    }

    private static boolean ensureKeycloak() {
        if (script("keycloak.sh", "status") == 0) {
            return false;
        }
        if (script("keycloak.sh", "start") != 0) {
            throw new IllegalStateException("Keycloak did not start; see .run/keycloak.log");
        }
        return true;
    }

    private static int script(String name, String arg) {
        Path dir = Path.of(System.getProperty("sealedtest.project.dir", "."));
        try {
            Path log = Files.createDirectories(dir.resolve("target")).resolve("test-env-" + name + ".log");
            Process p = new ProcessBuilder("bash", dir.resolve("scripts").resolve(name).toString(), arg)
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/" + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
