package io.github.camellutron.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.jmdns.ServiceInfo;

import org.junit.jupiter.api.Test;

/**
 * The scan command. A real browse runs on the loopback, where no bridge answers; multicast does not reach the
 * loopback in every sandbox, so what a resolved bridge looks like is tested from JmDNS's own ServiceInfo.
 */
class ScanCommandTest {

    @Test
    void aScanWithNoBridgesSaysSoAfterTheTimeout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new ScanCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] { "--timeout", "1s", "--bind", "127.0.0.1" });

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Looking for Lutron bridges (mDNS _lutron._tcp and _leap._tcp) for 1 s...\n"
                + "No bridges found. HomeWorks QSX processors do not announce themselves: pair them by address.\n");
    }

    @Test
    void aResolvedServiceKeepsTypePortAndTxt() {
        ServiceInfo info = ServiceInfo.create("_lutron._tcp.local.", "Lutron Status", 22, 0, 0,
                Map.of("systype", "SmartBridge", "serial", "0123ABCD"));

        ScanCommand.Service service = ScanCommand.Service.of(info);

        assertThat(service.type()).isEqualTo("_lutron._tcp.local.");
        assertThat(service.instance()).isEqualTo("Lutron Status");
        assertThat(service.port()).isEqualTo(22);
        assertThat(service.txt()).containsExactly(Map.entry("serial", "0123ABCD"), Map.entry("systype", "SmartBridge"));
        // not resolved on a network: no host, so the instance name names the bridge
        assertThat(service.bridge()).isEqualTo("Lutron Status");

        ScanCommand.Bridges bridges = new ScanCommand.Bridges();
        bridges.add(service);
        assertThat(bridges.lines()).containsExactly(
                "Lutron Status  (no address)  port 22 (_lutron._tcp)  serial=0123ABCD  systype=SmartBridge");
    }

    @Test
    void oneLinePerBridgeWithBothServiceTypesMerged() {
        ScanCommand.Bridges bridges = new ScanCommand.Bridges();
        bridges.add(new ScanCommand.Service("_lutron._tcp.local.", "Lutron Status", "Lutron-0123abcd.local",
                List.of("192.168.1.30"), 22, Map.of("systype", "SmartBridge")));
        bridges.add(new ScanCommand.Service("_leap._tcp.local.", "Lutron LEAP", "Lutron-0123abcd.local",
                List.of("192.168.1.30"), 8081, Map.of()));
        bridges.add(new ScanCommand.Service("_lutron._tcp.local.", "Lutron Status", "Lutron-09f00d00.local",
                List.of("192.168.1.31", "fd00::31"), 22, Map.of("systype", "RadioRa3Processor")));

        assertThat(bridges.lines()).containsExactly(
                "Lutron-0123abcd.local  192.168.1.30  port 8081 (_leap._tcp), 22 (_lutron._tcp)  id=0123ABCD"
                + "  systype=SmartBridge",
                "Lutron-09f00d00.local  192.168.1.31, fd00::31  port 22 (_lutron._tcp)  id=09F00D00"
                + "  systype=RadioRa3Processor");
    }

    @Test
    void aBadCommandLineShowsTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ScanCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(new String[] { "--timeout" });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Missing value for --timeout\n  scan [--timeout");
    }
}
