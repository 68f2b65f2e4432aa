package io.github.camellutron.examples;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway PostgreSQL server for tests, run from the binaries of Debian's {@code postgresql} package
 * ({@code /usr/lib/postgresql/<version>/bin}, the newest version there): a new cluster in
 * {@code <parent>/pgdata-<random>} with the superuser {@code lutron} and trust authentication, listening on
 * 127.0.0.1 on a free port and on a Unix socket in that directory only. {@link #close()} stops it and deletes
 * the directory.
 * <p>
 * PostgreSQL refuses to run as root, so as root the commands run as the {@code postgres} user the package
 * creates, through {@code runuser}, and the directory belongs to that user. That user must be able to reach it:
 * when a parent directory is not searchable by others (a checkout under {@code /root}, or in a {@code mktemp -d}
 * directory), the server's directory goes to the system's temporary directory instead.
 */
final class PostgresServer implements AutoCloseable {

    /** The superuser, which needs no password (trust authentication, loopback only). */
    static final String USER = "lutron";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String NOT_INSTALLED =
            "PostgreSQL server binaries not found: apt-get install postgresql (.ci/run does)";
    private static final String OS_USER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();

    private final Path bin;
    private final Path directory;
    private final Path data;
    private final boolean asOsUser;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread stopAtExit = new Thread(this::stopQuietly, "postgres-stop");
    private boolean running;

    private PostgresServer(Path bin, Path directory, boolean asOsUser, int port) {
        this.bin = bin;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.asOsUser = asOsUser;
        this.port = port;
    }

    /**
     * Creates and starts a server.
     *
     * @param parent where the server's directory goes, e.g. {@code target}
     * @throws IllegalStateException when the PostgreSQL binaries are not installed or the server does not start
     */
    static PostgresServer start(Path parent) throws IOException, InterruptedException {
        Path bin = findBinaries().orElseThrow(() -> new IllegalStateException(NOT_INSTALLED));
        boolean asOsUser = "root".equals(System.getProperty("user.name"));
        Path home = Files.createDirectories(parent).toAbsolutePath();
        if (asOsUser && !searchableByOthers(home)) {
            LOG.info("The {} user cannot reach {}: the PostgreSQL data directory goes to {}", OS_USER, home, TEMP);
            home = TEMP;
        }
        Path directory = home.resolve("pgdata-" + UUID.randomUUID().toString().substring(0, 8));
        if (directory.toString().contains("'")) {
            throw new IllegalStateException("a PostgreSQL data directory path cannot contain a quote: " + directory);
        }
        Files.createDirectory(directory);
        if (asOsUser) {
            Files.setOwner(directory, osUser());
        }
        PostgresServer server = new PostgresServer(bin, directory, asOsUser, freePort());
        try {
            server.initAndStart();
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                server.close();
            } catch (Exception cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return server;
    }

    /** Whether every directory from the root down to {@code dir} lets other users pass through it. */
    static boolean searchableByOthers(Path dir) throws IOException {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    /** The server's own directory (its data directory's parent). */
    Path directory() {
        return directory;
    }

    /** JDBC URL of one of the server's databases ({@code postgres} always exists). */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database, so that every test starts from nothing on the one server. */
    DataSource createDatabase() throws SQLException {
        // a name this class makes up: CREATE DATABASE takes no parameters
        String name = "test_" + databases.incrementAndGet();
        try (Connection connection = DataSources.postgres(jdbcUrl("postgres"), USER, null).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return DataSources.postgres(jdbcUrl(name), USER, null);
    }

    /** Stops the server and deletes its directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void initAndStart() throws IOException, InterruptedException {
        run("initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "--no-locale", "--encoding=UTF8",
                // a throwaway cluster: durability is not worth the disk flushes
                "--no-sync");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        // listen_addresses keeps it off every interface but loopback; the socket goes to the private directory
        // rather than /var/run/postgresql, which belongs to the system's own server
        run("pg_ctl", "-D", data.toString(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k '" + directory + "' -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
        running = true;
        LOG.info("PostgreSQL from {} listening on 127.0.0.1:{}, data in {}", bin, port, data);
    }

    private synchronized void stop() throws IOException, InterruptedException {
        if (running) {
            run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
            running = false;
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not stop PostgreSQL in {}: {}", data, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one of the PostgreSQL programs, as the {@code postgres} user when we are root; fails on an error. */
    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asOsUser) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(program, ".out");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + COMMAND_TIMEOUT_SECONDS
                                                + " s" + diagnostics(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                                                + process.exitValue() + diagnostics(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String diagnostics(Path output) throws IOException {
        StringBuilder text = new StringBuilder("\n").append(Files.readString(output, StandardCharsets.UTF_8));
        Path serverLog = directory.resolve("server.log");
        if (Files.isReadable(serverLog)) {
            text.append("\nserver.log:\n").append(Files.readString(serverLog, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** The bin directory of the newest installed version that has both programs we run. */
    private static Optional<Path> findBinaries() throws IOException {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.filter(version -> version.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(version -> Files.isExecutable(version.resolve("bin/initdb"))
                                       && Files.isExecutable(version.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingDouble(version -> Double.parseDouble(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"));
        }
    }

    private static UserPrincipal osUser() throws IOException {
        try {
            return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
        } catch (UserPrincipalNotFoundException e) {
            throw new IllegalStateException("PostgreSQL refuses to run as root and there is no '" + OS_USER
                                            + "' user to run it as (the postgresql package creates it)", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
