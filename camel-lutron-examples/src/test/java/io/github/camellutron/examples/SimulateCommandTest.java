package io.github.camellutron.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camellutron.LutronConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code simulate lip|leap}: the simulator runs on its own, prints what to connect with, and turns commands read
 * from standard input into what the bridge does; a plain telnet client and a Camel route see them.
 */
class SimulateCommandTest {

    private static final Pattern LIP_ADDRESS = Pattern.compile("on (127\\.0\\.0\\.1):(\\d+)");
    private static final Pattern ENDPOINT = Pattern.compile("Camel endpoint: +(lutron-leap:\\S+)");

    @TempDir
    Path dir;

    @Test
    void aLipSimulatorForATelnetClient() throws Exception {
        try (RunningCommand simulate = new RunningCommand("simulate", "lip")) {
            Matcher address = simulate.awaitOutput(LIP_ADDRESS);
            assertThat(simulate.output()).contains("lutron / integration", "/DbXmlInfo.xml", "Commands (lip)");
            try (Socket telnet = new Socket(address.group(1), Integer.parseInt(address.group(2)))) {
                telnet.setSoTimeout(10_000);
                BufferedReader from = new BufferedReader(new InputStreamReader(telnet.getInputStream(),
                        StandardCharsets.US_ASCII));
                OutputStream to = telnet.getOutputStream();
                readUntil(from, "login: ");
                to.write("lutron\r\n".getBytes(StandardCharsets.US_ASCII));
                readUntil(from, "password: ");
                to.write("integration\r\n".getBytes(StandardCharsets.US_ASCII));
                readUntil(from, "GNET> ");
                to.write("#MONITORING,5,1\r\n".getBytes(StandardCharsets.US_ASCII));
                readUntil(from, "~MONITORING,5,1");

                simulate.type("set 10 40");
                assertThat(readUntil(from, "~OUTPUT,10,1,40.00")).contains("~OUTPUT,10,1,40.00");
                simulate.type("bogus 1");
                await().atMost(Duration.ofSeconds(5)).until(() -> simulate.output().contains("? unknown command bogus"));
            }
            simulate.type("quit");
            assertThat(simulate.exitCode()).isZero();
        }
    }

    @Test
    void aLeapSimulatorForACamelRoute() throws Exception {
        try (RunningCommand simulate = new RunningCommand("simulate", "leap", "--mode", "ra3", "--cert-dir", dir.toString())) {
            String endpoint = simulate.awaitOutput(ENDPOINT).group(1);
            assertThat(dir.resolve("simulator.crt")).exists();
            assertThat(simulate.output()).contains("(ra3)", "pylutron-caseta");
            CamelContext camel = new DefaultCamelContext();
            try {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(endpoint + "&eventTypes=ZoneStatus").to("mock:zones");
                    }
                });
                camel.start();
                MockEndpoint zones = camel.getEndpoint("mock:zones", MockEndpoint.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> zones.getReceivedExchanges().stream()
                        .anyMatch(e -> "Dimmed".equals(e.getMessage().getHeader(LutronConstants.CONTROL_TYPE))));
                int zone = zones.getReceivedExchanges().stream()
                        .filter(e -> "Dimmed".equals(e.getMessage().getHeader(LutronConstants.CONTROL_TYPE)))
                        .findFirst().orElseThrow().getMessage().getHeader(LutronConstants.ZONE_ID, Integer.class);
                simulate.type("set " + zone + " 55");
                await().atMost(Duration.ofSeconds(5)).until(() -> simulate.output().contains("ok"));
                await().atMost(Duration.ofSeconds(10)).until(() -> zones.getReceivedExchanges().stream().anyMatch(
                        e -> Double.valueOf(55).equals(e.getMessage().getHeader(LutronConstants.LEVEL))
                             && Boolean.FALSE.equals(e.getMessage().getHeader(LutronConstants.RESYNC))));
            } finally {
                camel.stop();
            }
            simulate.close();
            assertThat(simulate.exitCode()).as("the end of input ends it").isZero();
        }
    }

    @Test
    void aBadCommandLineShowsTheCommandsUsage() throws Exception {
        for (String[] args : new String[][] { { "simulate" }, { "simulate", "hue" }, { "simulate", "lip", "--mode",
                "ra3" }, { "simulate", "leap", "--mode", "qsx" }, { "simulate", "lip", "--house",
                dir.resolve("missing.json").toString() } }) {
            try (RunningCommand simulate = new RunningCommand(args)) {
                assertThat(simulate.exitCode()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(simulate.errors()).contains("simulate lip|leap");
            }
        }
    }

    /** Lines up to and including the one that contains {@code text} (prompts have no line end: read by char). */
    private static String readUntil(BufferedReader in, String text) throws IOException {
        StringBuilder seen = new StringBuilder();
        while (!seen.toString().contains(text)) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("the simulator closed the connection; got " + seen);
            }
            seen.append((char) c);
        }
        return seen.toString();
    }
}
