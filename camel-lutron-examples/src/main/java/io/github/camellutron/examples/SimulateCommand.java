package io.github.camellutron.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import io.github.camellutron.simulator.LipHouse;
import io.github.camellutron.simulator.Recording;

/**
 * {@code simulate lip|leap [options]}: runs a bridge simulator on its own, for any client (a Camel route,
 * pylutron, pylutron-caseta, openHAB, a telnet session), prints what to connect with, and reads test commands
 * (press, set, occupancy, drop, stall...) from standard input until {@code quit} or the end of input.
 */
final class SimulateCommand {

    static final String USAGE = String.join("\n",
            "  simulate lip|leap [options]  a bridge simulator for any client; commands on standard input (help)",
            "      --host ADDRESS        the address to listen on (default: 127.0.0.1)",
            "      --port N              the LIP telnet or LEAP TLS port (default: a free one)",
            "      --house FILE          lip: the house, as JSON (docs/simulator.md; default: the demo house)",
            "      --http-port N         lip: serve DbXmlInfo.xml on this port (default: a free one)",
            "      --mode caseta|ra3     leap: the system played (default: caseta)",
            "      --cert-dir DIR        leap: where to write the client files (default: ./simulator-certs)",
            "      --pairing-port N      leap: also accept LAP pairing on this port",
            "      --replay FILE         play a recording (record lip|leap): its answers and events, at its pace",
            "      --fast                with --replay: its events as fast as possible");

    static final String COMMANDS = String.join("\n",
            "Commands (lip):  press DEVICE BUTTON | release DEVICE BUTTON | hold DEVICE BUTTON | tap DEVICE BUTTON",
            "                 set ZONE LEVEL | occupancy AREA occupied|unoccupied",
            "Commands (leap): press BUTTON | event BUTTON Press|Release|LongHold|MultiTap | set ZONE LEVEL",
            "                 occupancy ID Occupied|Unoccupied|Unknown | led LED On|Off | pair-button",
            "Both:            drop | stall on|off | refuse on|off | help | quit");

    private static final List<String> LIP_OPTIONS = List.of("--host", "--port", "--house", "--http-port",
            "--replay");
    private static final List<String> LEAP_OPTIONS = List.of("--host", "--port", "--mode", "--cert-dir",
            "--pairing-port", "--replay");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs until {@code quit} or the end of input; returns 0, or 2 on a bad command line. */
    int run(String[] args) {
        if (args.length == 0 || !List.of("lip", "leap").contains(args[0])) {
            err.println("simulate needs lip or leap\n" + USAGE);
            return 2;
        }
        boolean lip = args[0].equals("lip");
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        // the one option without a value
        boolean fast = rest.remove("--fast");
        Map<String, String> options;
        try {
            options = Commands.options(rest, lip ? LIP_OPTIONS : LEAP_OPTIONS);
            if (fast && !options.containsKey("--replay")) {
                throw new IllegalArgumentException("--fast goes with --replay");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            Recording replay = options.containsKey("--replay") ? recording(Path.of(options.get("--replay"))) : null;
            return lip ? lip(options, replay, fast) : leap(options, replay, fast);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
    }

    private static Recording recording(Path file) {
        try {
            return Recording.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the recording " + file + ": " + e.getMessage(), e);
        }
    }

    private int lip(Map<String, String> options, Recording replay, boolean fast) {
        LipBridgeSimulator.Builder builder = LipBridgeSimulator.builder()
                .host(options.getOrDefault("--host", "127.0.0.1"))
                .httpPort(options.containsKey("--http-port") ? Commands.port(options.get("--http-port")) : 0);
        if (options.containsKey("--port")) {
            builder.port(Commands.port(options.get("--port")));
        }
        if (options.containsKey("--house")) {
            builder.house(house(Path.of(options.get("--house"))));
        }
        if (replay != null) {
            builder.replay(replay, fast);
        }
        try (LipBridgeSimulator simulator = builder.build().start()) {
            String address = simulator.host() + ":" + simulator.port();
            out.println("LIP bridge simulator (" + simulator.house().name() + ") on " + address
                        + (replay != null ? ", replaying " + options.get("--replay") : ""));
            out.println("  telnet login:        lutron / integration");
            out.println("  integration report:  " + simulator.integrationReportUrl());
            out.println("  Camel endpoint:      lutron-lip:" + address + "?integrationReport="
                        + simulator.integrationReportUrl());
            out.println(COMMANDS);
            commands(line -> lipCommand(simulator, line));
        }
        return 0;
    }

    private int leap(Map<String, String> options, Recording replay, boolean fast) {
        String mode = options.getOrDefault("--mode", "caseta").toUpperCase(Locale.ROOT);
        if (!List.of("CASETA", "RA3").contains(mode)) {
            throw new IllegalArgumentException("--mode is caseta or ra3, was " + options.get("--mode"));
        }
        LeapBridgeSimulator.Builder builder = LeapBridgeSimulator.builder()
                .mode(LeapBridgeSimulator.Mode.valueOf(mode)).host(options.getOrDefault("--host", "127.0.0.1"));
        if (options.containsKey("--port")) {
            builder.port(Commands.port(options.get("--port")));
        }
        if (options.containsKey("--pairing-port")) {
            builder.pairingPort(Commands.port(options.get("--pairing-port")));
        }
        if (replay != null) {
            builder.replay(replay, fast);
        }
        Path dir = Path.of(options.getOrDefault("--cert-dir", "simulator-certs")).toAbsolutePath().normalize();
        try (LeapBridgeSimulator simulator = builder.build().start()) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create " + dir, e);
            }
            simulator.writeClientFiles(dir, "simulator");
            String address = simulator.host() + ":" + simulator.port();
            out.println("LEAP bridge simulator (" + mode.toLowerCase(Locale.ROOT) + ") on " + address
                        + (replay != null ? ", replaying " + options.get("--replay") : ""));
            out.println("  client key:          " + dir.resolve("simulator.key"));
            out.println("  client certificate:  " + dir.resolve("simulator.crt"));
            out.println("  bridge CA:           " + dir.resolve("simulator-bridge.crt"));
            if (simulator.pairingPort() > 0) {
                out.println("  LAP pairing port:    " + simulator.pairingPort() + " (pair-button presses its button)");
            }
            out.println("  Camel endpoint:      lutron-leap:" + address + "?clientCertificate=file:"
                        + dir.resolve("simulator.crt") + "&clientKey=file:" + dir.resolve("simulator.key")
                        + "&bridgeCertificate=file:" + dir.resolve("simulator-bridge.crt"));
            out.println("  pylutron-caseta:     Smartbridge.create_tls('" + simulator.host() + "', '"
                        + dir.resolve("simulator.key") + "', '" + dir.resolve("simulator.crt") + "', '"
                        + dir.resolve("simulator-bridge.crt") + "', port=" + simulator.port() + ")");
            out.println(COMMANDS);
            commands(line -> leapCommand(simulator, line));
        }
        return 0;
    }

    private static LipHouse house(Path file) {
        try (InputStream json = Files.newInputStream(file)) {
            return LipHouse.fromJson(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the house " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads commands until quit or the end of input; a wrong command is told and the next one read. */
    private void commands(CommandHandler handler) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.equals("quit") || line.equals("exit")) {
                    return;
                }
                try {
                    out.println(handler.handle(line.split("\\s+")));
                } catch (RuntimeException e) {
                    out.println("? " + e.getMessage());
                }
            }
        } catch (IOException e) {
            err.println("Standard input failed: " + e.getMessage());
        }
    }

    private static String lipCommand(LipBridgeSimulator s, String[] c) {
        switch (c[0]) {
            case "press" -> s.press(integer(c, 1), integer(c, 2));
            case "release" -> s.release(integer(c, 1), integer(c, 2));
            case "hold" -> s.hold(integer(c, 1), integer(c, 2));
            case "tap" -> s.pressButton(integer(c, 1), integer(c, 2));
            case "set" -> s.setLevelFromWall(integer(c, 1), number(c, 2));
            case "occupancy" -> s.setOccupancy(integer(c, 1), word(c, 2).equalsIgnoreCase("occupied"));
            default -> {
                return common(s::dropConnections, s::stall, s::refuseConnections, c);
            }
        }
        return "ok";
    }

    private static String leapCommand(LeapBridgeSimulator s, String[] c) {
        switch (c[0]) {
            case "press" -> s.pressButton(integer(c, 1));
            case "event" -> s.buttonEvent(integer(c, 1), word(c, 2));
            case "set" -> s.setLevelFromWall(integer(c, 1), number(c, 2));
            case "occupancy" -> s.setOccupancy(integer(c, 1), word(c, 2));
            case "led" -> s.setLed(integer(c, 1), word(c, 2));
            case "pair-button" -> s.pressPairingButton();
            default -> {
                return common(s::dropConnections, s::stall, s::refuseConnections, c);
            }
        }
        return "ok";
    }

    private static String common(Runnable drop, Switch stall, Switch refuse, String[] c) {
        switch (c[0]) {
            case "drop" -> drop.run();
            case "stall" -> stall.set(onOff(c, 1));
            case "refuse" -> refuse.set(onOff(c, 1));
            case "help" -> {
                return COMMANDS;
            }
            default -> throw new IllegalArgumentException("unknown command " + c[0] + " (help lists them)");
        }
        return "ok";
    }

    private static String word(String[] c, int index) {
        if (c.length <= index) {
            throw new IllegalArgumentException(c[0] + " needs " + (index) + " argument" + (index > 1 ? "s" : ""));
        }
        return c[index];
    }

    private static int integer(String[] c, int index) {
        String value = word(c, index);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(c[0] + ": '" + value + "' is not a number");
        }
    }

    private static double number(String[] c, int index) {
        String value = word(c, index);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(c[0] + ": '" + value + "' is not a number");
        }
    }

    private static boolean onOff(String[] c, int index) {
        return switch (word(c, index)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException(c[0] + " is on or off");
        };
    }

    private interface CommandHandler {
        String handle(String[] command);
    }

    private interface Switch {
        void set(boolean on);
    }
}
