package io.github.camellutron.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PemReaderTest {

    /** A PEM block whose body is not base64, as a truncated or hand-edited file has it. */
    private static final String BAD_BASE64 = """
            -----BEGIN PRIVATE KEY-----
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASC*not base64*
            -----END PRIVATE KEY-----
            """;

    /** Found by PemReaderFuzzTest: BouncyCastle's DecoderException (an IllegalStateException) escaped. */
    @Test
    void aKeyFileThatIsNotBase64IsRefusedNamingTheFile() {
        assertThatThrownBy(() -> PemReader.privateKey(BAD_BASE64, "client key file"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The client key file is not a readable PEM key");
    }

    @Test
    void aCertificateFileThatIsNotBase64IsRefusedNamingTheFile() {
        assertThatThrownBy(() -> PemReader.certificates(BAD_BASE64.replace("PRIVATE KEY", "CERTIFICATE"),
                "bridge certificate file"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The bridge certificate file ");
    }

    /** Found by PemReaderFuzzTest: the JDK's reason quotes the bad footer line, and a key file's lines are secret. */
    @Test
    void aBadFooterIsNamedWithoutQuotingTheLine() {
        String pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END EC PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n";

        assertThatThrownBy(() -> PemReader.certificates(pem, "client certificate file"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The client certificate file is not a PEM certificate")
                .hasMessageNotContaining("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
                .hasMessageNotContaining("-----END")
                .satisfies(e -> assertThat(e.getCause()).isNull());
    }

    /** Found by PemReaderFuzzTest too: a line that itself says "Illegal footer" was cut there, after the quote. */
    @Test
    void headerAndFooterThatDoNotMatchAreNamedWithoutQuotingEither() {
        String pem = "-----BEGIN EC PRIVATE KEY-----\nMIIB\n-----END EC PRIVATE KEY Illegal footer MIIEvQIBADANBgkqhkiG9w0B-----\n";

        assertThatThrownBy(() -> PemReader.certificates(pem, "client certificate file"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The client certificate file is not a PEM certificate")
                .hasMessageNotContaining("MIIEvQIBADANBgkqhkiG9w0B")
                .hasMessageNotContaining("-----");
    }
}
