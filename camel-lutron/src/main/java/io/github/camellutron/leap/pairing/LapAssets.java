package io.github.camellutron.leap.pairing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import io.github.camellutron.client.PemReader;

/**
 * The publicly known LAP pairing identity every LEAP client presents on port 8083, and the CAs bridges chain to there
 * (LEAP.md 1.2). They ship in the camel-lutron jar; see the {@code NOTICE.md} next to them for where they come from.
 */
public final class LapAssets {

    private static final String BASE = "/io/github/camellutron/leap/pairing/";

    private LapAssets() {
    }

    /** The "Caseta Application" client certificate, signed by {@link #lapCa()}. */
    public static X509Certificate lapCertificate() {
        return PemReader.certificate(resource("lap-client.pem"), "LAP client certificate");
    }

    /** The private key of {@link #lapCertificate()}; public knowledge, not a secret. */
    public static PrivateKey lapKey() {
        return PemReader.privateKey(resource("lap-client.key"), "LAP client key");
    }

    /**
     * {@code CN=Caseta Local Access Protocol Cert Authority}: the 8083 certificates of Caseta and RA2 Select bridges
     * chain to it.
     */
    public static X509Certificate lapCa() {
        return PemReader.certificate(resource("lap-ca.pem"), "LAP CA");
    }

    /** {@code CN=lutron-root}: the 8083 and 8081 certificates of RadioRA 3 and HomeWorks QSX processors chain to it. */
    public static X509Certificate lutronRootCa() {
        return PemReader.certificate(resource("lutron-root-ca.pem"), "lutron-root CA");
    }

    private static String resource(String name) {
        try (InputStream in = LapAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("The camel-lutron jar lacks " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BASE + name, e);
        }
    }
}
