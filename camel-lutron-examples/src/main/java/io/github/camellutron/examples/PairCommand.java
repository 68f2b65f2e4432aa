package io.github.camellutron.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camellutron.client.PemReader;
import io.github.camellutron.leap.pairing.LeapPairing;
import io.github.camellutron.leap.pairing.PairingException;
import io.github.camellutron.leap.pairing.PairingListener;
import io.github.camellutron.leap.pairing.PairingResult;
import io.github.camellutron.leap.pairing.PairingTrust;
import io.github.camellutron.leap.pairing.PemFiles;

/**
 * {@code pair HOST [--out DIR] [--name NAME] [--keystore PASSWORD] [--timeout 3m]}: pairs with a LEAP bridge, tells
 * the person what to press with a countdown, writes the files and prints the lutron-leap URI that uses them. The
 * options {@code --port}, {@code --leap-port} and {@code --trust PEMFILE} (the pairing port's trust anchor) are left
 * out of the usage: they exist to pair with the bridge simulator.
 */
final class PairCommand {

    private static final List<String> OPTIONS = List.of("--out", "--name", "--keystore", "--timeout", "--port",
            "--leap-port", "--trust");

    private final PrintStream out;
    private final PrintStream err;

    PairCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Pairs; returns 0 when paired, 1 when pairing failed, 2 on a bad command line. */
    int run(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            err.println("pair needs the bridge's host name or address\n" + Commands.PAIR_USAGE);
            return 2;
        }
        String host = args[0];
        Progress progress = new Progress(host);
        LeapPairing pairing;
        Path dir;
        String keyStorePassword;
        try {
            Map<String, String> options = Commands.options(List.of(args).subList(1, args.length), OPTIONS);
            dir = Path.of(options.getOrDefault("--out", ".")).toAbsolutePath().normalize();
            // pylutron-caseta's lap-pair names the files after the host too
            String name = options.getOrDefault("--name",
                    LeapPairing.isValidName(host) ? host : LeapPairing.DEFAULT_NAME);
            keyStorePassword = options.get("--keystore");
            LeapPairing.Builder builder = LeapPairing.builder(host).name(name).listener(progress);
            if (options.containsKey("--timeout")) {
                builder.buttonTimeout(Commands.duration(options.get("--timeout")));
            }
            if (options.containsKey("--port")) {
                builder.port(Commands.port(options.get("--port")));
            }
            if (options.containsKey("--leap-port")) {
                builder.leapPort(Commands.port(options.get("--leap-port")));
            }
            if (options.containsKey("--trust")) {
                builder.lapTrustAnchors(certificates(Path.of(options.get("--trust"))));
            }
            pairing = builder.build();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + Commands.PAIR_USAGE);
            return 2;
        }
        List<Path> files = new ArrayList<>(List.of(dir.resolve(pairing.name() + ".key"),
                dir.resolve(pairing.name() + ".crt"), dir.resolve(pairing.name() + "-bridge.crt")));
        if (keyStorePassword != null) {
            files.add(dir.resolve(pairing.name() + ".p12"));
        }
        for (Path file : files) {
            if (Files.exists(file)) {
                err.println(file + " exists already: choose another --name or --out, or remove the old files");
                return 1;
            }
        }

        out.println("Pairing with " + host + " as \"" + pairing.name() + "\"; the files go to " + dir);
        PairingResult result;
        try {
            result = pairing.pair();
        } catch (PairingException e) {
            progress.endCountdown();
            err.println("Pairing failed: " + e.getMessage());
            return 1;
        }
        try {
            PemFiles pem = result.writePem(dir);
            out.println();
            out.println("Wrote (readable by you only):");
            out.println("  " + pem.clientKey() + "  the client's private key");
            out.println("  " + pem.clientCertificate() + "  its certificate, signed by the bridge");
            out.println("  " + pem.bridgeCertificate() + "  the bridge CA");
            String bridge = "lutron-leap:" + host + (pairing.leapPort() == LeapPairing.DEFAULT_LEAP_PORT ? ""
                    : ":" + pairing.leapPort());
            out.println();
            out.println("Use this endpoint URI:");
            out.println("  " + bridge + "?clientCertificate=file:" + pem.clientCertificate() + "&clientKey=file:"
                        + pem.clientKey() + "&bridgeCertificate=file:" + pem.bridgeCertificate());
            if (keyStorePassword != null) {
                Path keyStore = result.writeKeyStore(dir.resolve(pairing.name() + ".p12"),
                        keyStorePassword.toCharArray());
                out.println("or, with the key store " + keyStore + " (set the property lutron.password to its"
                            + " password):");
                out.println("  " + bridge + "?keyStore=file:" + keyStore + "&keyStorePassword={{lutron.password}}");
            }
            return 0;
        } catch (UncheckedIOException e) {
            err.println("Paired, but the files could not be written: " + e.getMessage());
            return 1;
        }
    }

    private static List<X509Certificate> certificates(Path pem) {
        try {
            return PemReader.certificates(Files.readString(pem, StandardCharsets.US_ASCII), "file " + pem);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + pem + ": " + e.getMessage(), e);
        }
    }

    /** Tells the person at the bridge what is happening, with a countdown line rewritten every second. */
    private final class Progress implements PairingListener {

        private final String host;
        private boolean countingDown;

        Progress(String host) {
            this.host = host;
        }

        @Override
        public void connected(PairingTrust trust) {
            out.println(trust == PairingTrust.LAP_CA
                    ? "Connected to " + host + ", a Caseta or RA2 Select Smart Bridge."
                    : "Connected to " + host + ", a RadioRA 3 or HomeWorks QSX processor.");
            out.println(trust == PairingTrust.LAP_CA
                    ? "Press " + LeapPairing.BUTTON + " now."
                    : "Press " + LeapPairing.BUTTON + " now (HomeWorks QSX: " + LeapPairing.QSX_BUTTON + ").");
        }

        @Override
        public void waitingForButton(Duration remaining) {
            countingDown = true;
            out.printf("\rWaiting for the button: %d:%02d left ", remaining.toMinutes(), remaining.toSecondsPart());
            out.flush();
        }

        /** Ends the countdown line, so that what follows starts on a line of its own. */
        void endCountdown() {
            if (countingDown) {
                countingDown = false;
                out.println();
            }
        }

        @Override
        public void buttonPressed() {
            endCountdown();
            out.println("Button pressed. Asking the bridge to sign the certificate...");
        }

        @Override
        public void certificateReceived(X509Certificate certificate) {
            out.println("Certificate received. Checking it on the LEAP port...");
        }

        @Override
        public void verified(double leapVersion) {
            out.println("Paired: the bridge answers with LEAP version " + leapVersion + ".");
        }
    }
}
