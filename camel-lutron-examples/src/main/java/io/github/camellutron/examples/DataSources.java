package io.github.camellutron.examples;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases {@link DatabaseRoutes} runs on: an embedded H2 database (a file or in memory) or a PostgreSQL
 * server, chosen by a JDBC URL with {@link #forUrl(String, String, String)}.
 * <p>
 * These are plain, unpooled data sources: every statement opens its own connection, which is enough for the
 * demo's event rate; a production deployment would put a pool in front.
 */
public final class DataSources {

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private DataSources() {
    }

    /**
     * An embedded H2 database in a file, created on first use; H2 adds {@code .mv.db} to the path.
     *
     * @param file the database file without H2's extension, e.g. {@code data/lutron}
     */
    public static DataSource h2File(Path file) {
        Objects.requireNonNull(file, "file");
        return h2(H2_PREFIX + "file:" + file.toAbsolutePath(), null, null);
    }

    /**
     * An embedded H2 database in memory, kept until the JVM exits (not only while a connection is open, since
     * every statement of an unpooled data source opens and closes its own).
     *
     * @param name letters, digits, {@code _} and {@code -}; data sources of the same name share the database
     */
    public static DataSource h2Memory(String name) {
        Objects.requireNonNull(name, "name");
        if (!MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("H2 in-memory database name must be letters, digits, _ and -: " + name);
        }
        return h2(H2_PREFIX + "mem:" + name + ";DB_CLOSE_DELAY=-1", null, null);
    }

    /**
     * A PostgreSQL database.
     *
     * @param jdbcUrl  {@code jdbc:postgresql://host[:port]/database[?options]}
     * @param user     the login, or null to take it from the URL
     * @param password the password, or null for none (trust, peer or a URL option)
     */
    public static DataSource postgres(String jdbcUrl, String user, String password) {
        requirePrefix(jdbcUrl, POSTGRES_PREFIX);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /**
     * The database a JDBC URL names: {@code jdbc:postgresql:...} is a PostgreSQL server, {@code jdbc:h2:...} an H2
     * database. Other databases are refused because the example's SQL is written and tested for these two only.
     *
     * @param user     the login, or null for the URL's or the database's default
     * @param password the password, or null for none
     */
    public static DataSource forUrl(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (jdbcUrl.startsWith(POSTGRES_PREFIX)) {
            return postgres(jdbcUrl, user, password);
        }
        if (jdbcUrl.startsWith(H2_PREFIX)) {
            return h2(jdbcUrl, user, password);
        }
        throw new IllegalArgumentException("unsupported JDBC URL (use jdbc:postgresql: or jdbc:h2:): "
                                           + withoutOptions(jdbcUrl));
    }

    private static DataSource h2(String jdbcUrl, String user, String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(jdbcUrl);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    private static void requirePrefix(String jdbcUrl, String prefix) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("not a " + prefix + " URL: " + withoutOptions(jdbcUrl));
        }
    }

    /** The URL for a message: its options may carry a password. */
    private static String withoutOptions(String jdbcUrl) {
        return jdbcUrl.split("[?;]", 2)[0];
    }
}
