package io.github.camellutron.examples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests of {@link DatabaseRoutesH2Test}, with the same routes and SQL, on a real PostgreSQL server that this
 * class starts from the installed PostgreSQL binaries ({@link PostgresServer}); every test gets a database of
 * its own on it. Without the binaries the tests fail: the point is to prove the SQL on PostgreSQL.
 */
class DatabaseRoutesPostgresTest extends DatabaseRoutesH2Test {

    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start(Path.of("target"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected DataSource createDataSource() throws SQLException {
        return server.createDatabase();
    }

    @Test
    void runsOnPostgresql() throws SQLException {
        awaitResync();
        try (Connection connection = dataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
