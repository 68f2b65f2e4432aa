package io.github.camellutron.client;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the PEM reader with what a certificate or key file (or a pairing answer) could hold. The only exception it
 * may throw is {@link IllegalArgumentException}, naming what was read and never quoting the content, which may be a
 * key; what it accepts is at least one certificate or a key.
 *
 * <p>
 * Seeds in {@code PemReaderFuzzTestInputs/read}: {@code simulator/}, the files the LEAP simulator writes for a paired
 * client (generated once, test keys of no bridge), {@code openssl/}, a PKCS#1 RSA and a SEC1 EC key, and {@code lap/},
 * the public pairing identity, copied there by the build. Fuzzing: docs/reliability.md.
 */
class PemReaderFuzzTest {

    private static final String WHAT = "fuzzed file";

    @FuzzTest(maxDuration = "1m")
    void read(byte[] file) {
        String pem = new String(file, StandardCharsets.UTF_8);
        try {
            List<X509Certificate> certificates = PemReader.certificates(pem, WHAT);
            assertThat(certificates).isNotEmpty().doesNotContainNull();
        } catch (IllegalArgumentException e) {
            checkMessage(e, pem);
        }
        try {
            PrivateKey key = PemReader.privateKey(pem, WHAT);
            assertThat(key).isNotNull();
        } catch (IllegalArgumentException e) {
            checkMessage(e, pem);
        }
    }

    private static void checkMessage(IllegalArgumentException e, String pem) {
        assertThat(e.getMessage()).startsWith("The " + WHAT + " ");
        for (String line : pem.split("\n")) {
            String content = line.strip();
            if (content.length() >= 32) {
                assertThat(e.getMessage()).as("the error quotes the file").doesNotContain(content);
            }
        }
    }
}
