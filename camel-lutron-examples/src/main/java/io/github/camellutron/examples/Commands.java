package io.github.camellutron.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line of the runnable jar besides the demo: {@code pair}, {@code scan} and {@code --help}. */
final class Commands {

    static final String PAIR_USAGE = String.join("\n",
            "  pair HOST [options]       pair with a LEAP bridge (Caseta, RA2 Select, RadioRA 3, HomeWorks QSX):",
            "                            writes a client certificate and prints the lutron-leap: URI that uses it",
            "      --out DIR             where to write the files (default: the current directory)",
            "      --name NAME           the certificate's name and the files' base name (default: HOST)",
            "      --keystore PASSWORD   also write NAME.p12, a PKCS12 key store with this password",
            "      --timeout DURATION    how long to wait for the button, such as 90s or 3m (default: 3m)");
    static final String SCAN_USAGE = String.join("\n",
            "  scan [--timeout DURATION] list the Lutron bridges on the local network by mDNS (default: 5s)");

    /** The commands and what each prints for {@code COMMAND --help}. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("pair", PAIR_USAGE);
        COMMANDS.put("scan", SCAN_USAGE);
        COMMANDS.put("simulate", SimulateCommand.USAGE);
        COMMANDS.put("record", RecordCommand.USAGE);
    }

    /** Every command; {@code --help} prints them after the demo's options ({@link DemoOptions#USAGE}). */
    static final String USAGE = "Commands: java -jar camel-lutron-examples.jar COMMAND\n"
                                + String.join("\n", COMMANDS.values())
                                + "\n  --help                    the demo's options and these commands";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private Commands() {
    }

    /** True when the first argument names a command rather than the demo. */
    static boolean isCommand(String first) {
        return COMMANDS.containsKey(first) || List.of("--help", "-h", "help").contains(first);
    }

    /**
     * Runs a command.
     *
     * @return the exit code: 0 done, 1 failed, 2 bad command line
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs a command that may read standard input ({@code simulate}). */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        String command = args[0];
        if (COMMANDS.containsKey(command)
            && (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h"))) {
            out.println("Usage: java -jar camel-lutron-examples.jar\n" + COMMANDS.get(command));
            return 0;
        }
        return switch (command) {
            case "pair" -> new PairCommand(out, err).run(rest);
            case "scan" -> new ScanCommand(out, err).run(rest);
            case "simulate" -> new SimulateCommand(in, out, err).run(rest);
            case "record" -> new RecordCommand(in, out, err).run(rest);
            default -> {
                out.println(DemoOptions.USAGE + "\n\n" + USAGE);
                yield 0;
            }
        };
    }

    /**
     * Reads {@code --option value} pairs after the positional arguments.
     *
     * @param  allowed                  the options that may appear
     * @throws IllegalArgumentException on an unknown option or one without a value
     */
    static Map<String, String> options(List<String> args, List<String> allowed) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!allowed.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            options.put(option, args.get(i + 1));
        }
        return options;
    }

    /** A duration as {@code 500ms}, {@code 90s}, {@code 3m}, {@code 1h}, plain seconds, or ISO-8601 ({@code PT3M}). */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (!d.isZero()) {
                return d;
            }
        } else {
            try {
                Duration d = Duration.parse(text.strip());
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // reported below, with the forms that work
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a positive duration such as 90s, 3m or 500ms");
    }

    /** A duration for people: {@code 5 s}, {@code 500 ms}. */
    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** An option's value as a port number. */
    static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port > 0 && port <= 0xFFFF) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a port number (1-65535)");
    }
}
