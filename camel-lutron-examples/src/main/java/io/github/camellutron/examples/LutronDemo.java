package io.github.camellutron.examples;

import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.main.Main;

/**
 * The demo: a simulated RadioRA 2 house with someone living in it, and Camel routes that log what the
 * bridge reports, with names, and react to it. Runs until Ctrl-C.
 */
public final class LutronDemo {

    private LutronDemo() {
    }

    public static void main(String[] args) throws Exception {
        try (LipBridgeSimulator bridge = LipBridgeSimulator.builder().httpPort(0).build().start();
             ScriptedOccupant occupant = new ScriptedOccupant(bridge)) {
            String uri = "lutron-lip:" + bridge.host() + ":" + bridge.port() + "?integrationReport="
                         + bridge.integrationReportUrl();
            Main main = new Main();
            main.configure().addRoutesBuilder(new DemoRoutes(uri));
            System.out.println();
            System.out.println("camel-lutron demo");
            System.out.println("  simulated LIP bridge:  telnet " + bridge.host() + " " + bridge.port()
                               + "  (login lutron / integration)");
            System.out.println("  integration report:    " + bridge.integrationReportUrl());
            System.out.println("  Camel endpoint:        " + uri);
            System.out.println("  Ctrl-C stops the demo.");
            System.out.println();
            occupant.start(2000);
            main.run(args);
        }
    }
}
