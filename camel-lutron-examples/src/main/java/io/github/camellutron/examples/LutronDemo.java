package io.github.camellutron.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.main.Main;

/**
 * The demo: a simulated RadioRA 2 house (LIP) and a simulated Caseta house (LEAP) with someone living in them,
 * and Camel routes that log what the bridges report, with names, and react to it. Runs until Ctrl-C.
 */
public final class LutronDemo {

    private LutronDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path certificates = Files.createDirectories(Path.of("demo-data", "simulated-caseta"));
        try (LipBridgeSimulator lip = LipBridgeSimulator.builder().httpPort(0).build().start();
             LeapBridgeSimulator leap = LeapBridgeSimulator.builder().build().start();
             ScriptedOccupant occupant = new ScriptedOccupant(lip, leap)) {
            leap.writeClientFiles(certificates, "caseta");
            Path dir = certificates.toAbsolutePath();
            BridgeEndpoint lipBridge = new BridgeEndpoint("lip", "lutron-lip:" + lip.host() + ":" + lip.port()
                                                                 + "?integrationReport=" + lip.integrationReportUrl());
            BridgeEndpoint leapBridge = new BridgeEndpoint("leap", "lutron-leap:" + leap.host() + ":" + leap.port()
                                                                   + "?clientCertificate=file:" + dir.resolve("caseta.crt")
                                                                   + "&clientKey=file:" + dir.resolve("caseta.key")
                                                                   + "&bridgeCertificate=file:"
                                                                   + dir.resolve("caseta-bridge.crt"));
            Main main = new Main();
            main.configure().addRoutesBuilder(new DemoRoutes(List.of(lipBridge, leapBridge)));
            main.configure().addRoutesBuilder(new HallwayAutomation(lipBridge));
            main.addInitialProperty("lutron.lip.uri", lipBridge.uri());
            main.configure().withRoutesIncludePattern("classpath:routes/*.camel.yaml");
            System.out.println();
            System.out.println("camel-lutron demo (simulated houses)");
            System.out.println("  lip    " + lipBridge.uri());
            System.out.println("  leap   " + leapBridge.uri());
            System.out.println("  Ctrl-C stops the demo.");
            System.out.println();
            occupant.start(2000);
            main.run(args);
        }
    }
}
