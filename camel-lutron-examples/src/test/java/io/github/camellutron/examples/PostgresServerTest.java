package io.github.camellutron.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The test PostgreSQL server runs wherever the clone is, also in a directory only its owner can enter. */
class PostgresServerTest {

    @Test
    void startsFromACheckoutInADirectoryOnlyItsOwnerCanEnter(@TempDir Path tmp) throws Exception {
        Path checkout = Files.createDirectory(tmp.resolve("private"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path target = checkout.resolve("camel-lutron-examples/target");
        try (PostgresServer server = PostgresServer.start(target)) {
            try (Connection connection = server.createDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT 6 * 7")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
            assertThat(PostgresServer.searchableByOthers(server.directory().getParent()) ||
                       !"root".equals(System.getProperty("user.name"))).isTrue();
        }
    }
}
