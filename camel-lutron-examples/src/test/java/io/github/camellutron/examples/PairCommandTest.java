package io.github.camellutron.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.simulator.LeapBridgeSimulator;

/** The pair command against the bridge simulator, as a person runs it: output, files, and a URI that works. */
class PairCommandTest {

    private static LeapBridgeSimulator simulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBridge() {
        simulator = LeapBridgeSimulator.builder().pairingPort(0).build().start();
    }

    @AfterAll
    static void stopBridge() {
        simulator.close();
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs the command on another thread, pressing the button once the countdown shows when asked to. */
    private Run pair(boolean press, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> new PairCommand(o, e).run(args));
        if (press) {
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> out.toString(StandardCharsets.UTF_8).contains("Waiting for the button") || code.isDone());
            simulator.pressPairingButton();
        }
        return new Run(code.get(30, TimeUnit.SECONDS), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** The simulator's CA as a PEM file, the pairing port's trust anchor. */
    private Path simulatorCa() {
        simulator.writeClientFiles(dir.resolve("simulator"), "simulator");
        return dir.resolve("simulator").resolve("simulator-bridge.crt");
    }

    private String[] simulatorOptions(String... more) {
        String[] hidden = { "--port", Integer.toString(simulator.pairingPort()), "--leap-port",
                Integer.toString(simulator.port()), "--trust", simulatorCa().toString() };
        String[] all = new String[more.length + hidden.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(hidden, 0, all, more.length, hidden.length);
        return all;
    }

    @Test
    void pairsPrintsWhatToPressAndAUriThatWorks() throws Exception {
        Path out = dir.resolve("paired");

        Run run = pair(true, simulatorOptions("127.0.0.1", "--out", out.toString(), "--name", "kitchen",
                "--keystore", "s3cret"));

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Pairing with 127.0.0.1 as \"kitchen\"; the files go to " + out,
                "Connected to 127.0.0.1, a Caseta or RA2 Select Smart Bridge.",
                "Press the small black button on the back of the bridge now.",
                "\rWaiting for the button: 3:00 left ",
                "Button pressed.", "Paired: the bridge answers with LEAP version 1.123.");
        String uri = "lutron-leap:127.0.0.1:" + simulator.port() + "?clientCertificate=file:"
                     + out.resolve("kitchen.crt") + "&clientKey=file:" + out.resolve("kitchen.key")
                     + "&bridgeCertificate=file:" + out.resolve("kitchen-bridge.crt");
        assertThat(run.out()).contains("Use this endpoint URI:\n  " + uri + "\n");
        assertThat(run.out()).contains("  lutron-leap:127.0.0.1:" + simulator.port() + "?keyStore=file:"
                                       + out.resolve("kitchen.p12") + "&keyStorePassword={{lutron.password}}")
                .doesNotContain("s3cret");
        for (String file : new String[] { "kitchen.key", "kitchen.crt", "kitchen-bridge.crt", "kitchen.p12" }) {
            assertThat(Files.getPosixFilePermissions(out.resolve(file))).as(file)
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).to("mock:events");
                }
            });
            camel.start();
            MockEndpoint events = camel.getEndpoint("mock:events", MockEndpoint.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> events.getExchanges().stream()
                    .anyMatch(e -> "Connected".equals(e.getMessage().getHeader(LutronConstants.CONNECTION_STATE))));
        }
    }

    @Test
    void noPressWithinTheTimeoutFailsWithWhatToDo() throws Exception {
        Run run = pair(false, simulatorOptions("127.0.0.1", "--out", dir.toString(), "--timeout", "1s"));

        assertThat(run.code()).isEqualTo(1);
        // with no --name, the files are named after the host, as pylutron-caseta's lap-pair names them
        assertThat(run.out()).startsWith("Pairing with 127.0.0.1 as \"127.0.0.1\"")
                .contains("\rWaiting for the button: 0:01 left \n");
        assertThat(run.err()).isEqualTo("Pairing failed: No button press within 1 second: press the small black"
                                        + " button on the back of the bridge (HomeWorks QSX: the small tan button on"
                                        + " the front of the processor) while pairing with 127.0.0.1 waits for it,"
                                        + " then try again\n");
        assertThat(dir.resolve("127.0.0.1.key")).doesNotExist();
    }

    @Test
    void existingFilesAreNotReplaced() throws Exception {
        Files.writeString(dir.resolve("kitchen.crt"), "an older pairing");

        Run run = pair(false, "127.0.0.1", "--out", dir.toString(), "--name", "kitchen");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(dir.resolve("kitchen.crt") + " exists already");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("kitchen.crt"))).isEqualTo("an older pairing");
    }

    @Test
    void aBadCommandLineShowsTheUsage() throws Exception {
        assertThat(pair(false).code()).isEqualTo(2);
        Run noHost = pair(false, "--out", "x");
        assertThat(noHost.code()).isEqualTo(2);
        assertThat(noHost.err()).startsWith("pair needs the bridge's host name or address\n  pair HOST");
        Run badTimeout = pair(false, "bridge", "--timeout", "soon");
        assertThat(badTimeout.code()).isEqualTo(2);
        assertThat(badTimeout.err()).startsWith("'soon' is not a positive duration");
        Run badName = pair(false, "bridge", "--name", "../etc");
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.err()).contains("the name '../etc' must be");
        assertThat(pair(false, "bridge", "--colour", "red").err()).startsWith("Unknown option --colour");
    }
}
