package io.github.camellutron.leap.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

import io.github.camellutron.client.PemReader;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camellutron.leap.protocol.SystemFamily;
import io.github.camellutron.simulator.LeapBridgeSimulator;

/** What goes wrong in pairing, each with its own exception and a message a person can act on; and RA3's fallback. */
@ExtendWith(PairingSimulatorExtension.class)
class LeapPairingFailureTest {

    private static final String PHYSICAL_ACCESS = "{\"Header\":{\"StatusCode\":\"200 OK\",\"ContentType\":"
            + "\"status;plurality=single\"},\"Body\":{\"Status\":{\"Permissions\":[\"Public\",\"PhysicalAccess\"]}}}";

    @TempDir
    Path dir;

    @Test
    void noButtonPressWithinTheTimeout(LeapBridgeSimulator simulator) {
        RecordingListener listener = new RecordingListener();
        LeapPairing pairing = Pairings.with(simulator, listener).buttonTimeout(Duration.ofSeconds(2)).build();

        ButtonTimeoutException e = catchThrowableOfType(ButtonTimeoutException.class, pairing::pair);

        assertThat(e).hasMessage("No button press within 2 seconds: press the small black button on the back of the"
                                 + " bridge (HomeWorks QSX: the small tan button on the front of the processor) while"
                                 + " pairing with 127.0.0.1 waits for it, then try again");
        assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(listener.events).first().isEqualTo("connected LAP_CA");
        assertThat(listener.events).doesNotContain("pressed", "csr sent");
        // the countdown: the whole timeout first, then whole seconds counting down
        assertThat(listener.countdown).first().isEqualTo(Duration.ofSeconds(2));
        assertThat(listener.countdown).isSortedAccordingTo((a, b) -> b.compareTo(a)).doesNotHaveDuplicates()
                .allMatch(d -> d.toMillis() % 1000 == 0 && !d.isNegative() && !d.isZero());
    }

    @Test
    void aCertificateRequestAnswered401FailsWithAClearError(LeapBridgeSimulator simulator) throws Exception {
        simulator.writeClientFiles(dir, "scripted");
        String unauthorized = "{\"Header\":{\"StatusCode\":\"401 Unauthorized\",\"ClientTag\":\"get-cert\","
                              + "\"ContentType\":\"exception;plurality=single\"},\"Body\":{\"Exception\":"
                              + "{\"Message\":\"You are not authorized\"}}}";
        try (ScriptedLapServer bridge = new ScriptedLapServer(dir, "scripted", List.of(PHYSICAL_ACCESS),
                unauthorized)) {
            RecordingListener listener = new RecordingListener();
            LeapPairing pairing = Pairings.with(simulator, listener).port(bridge.port()).name("den").build();

            PairingRefusedException e = catchThrowableOfType(PairingRefusedException.class, pairing::pair);

            assertThat(e.status()).isEqualTo("401 Unauthorized");
            assertThat(e.bridgeMessage()).isEqualTo("You are not authorized");
            assertThat(e).hasMessageStartingWith("The bridge 127.0.0.1 refused the certificate request (401"
                                                 + " Unauthorized: You are not authorized): the pairing button was"
                                                 + " not pressed or the pairing window closed");
            assertThat(listener.events).containsExactly("connected LAP_CA", "waiting 180", "pressed", "csr sent");
            assertCsrRequest(bridge.received.get(0), "den");
        }
    }

    /** The request is LEAP.md 4 step 6 exactly: no CommuniqueType, an RSA-2048 SHA256withRSA CSR for CN=name. */
    private static void assertCsrRequest(String line, String name) throws Exception {
        JsonNode request = new ObjectMapper().readTree(line);
        assertThat(request.has("CommuniqueType")).isFalse();
        assertThat(request.path("Header").toString())
                .isEqualTo("{\"RequestType\":\"Execute\",\"Url\":\"/pair\",\"ClientTag\":\"get-cert\"}");
        assertThat(request.path("Body").path("CommandType").asText()).isEqualTo("CSR");
        JsonNode parameters = request.path("Body").path("Parameters");
        assertThat(parameters.path("DisplayName").asText()).isEqualTo(name);
        assertThat(parameters.path("DeviceUID").asText()).isEqualTo("000000000000");
        assertThat(parameters.path("Role").asText()).isEqualTo("Admin");
        try (PEMParser parser = new PEMParser(new StringReader(parameters.path("CSR").asText()))) {
            JcaPKCS10CertificationRequest csr = new JcaPKCS10CertificationRequest(
                    (PKCS10CertificationRequest) parser.readObject());
            assertThat(csr.getSubject().toString()).isEqualTo("CN=" + name);
            assertThat(csr.getSignatureAlgorithm().getAlgorithm())
                    .isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption);
            assertThat(csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.getPublicKey())))
                    .isTrue();
            RSAPublicKey key = (RSAPublicKey) csr.getPublicKey();
            assertThat(key.getModulus().bitLength()).isEqualTo(2048);
            assertThat(key.getPublicExponent().intValue()).isEqualTo(65537);
        }
    }

    @Test
    void aLapCertificateTheBridgeDoesNotKnowIsRefused(LeapBridgeSimulator simulator) throws Exception {
        simulator.writeClientFiles(dir, "not-lap");
        X509Certificate certificate = PemReader.certificate(Files.readString(dir.resolve("not-lap.crt")), "crt");
        LeapPairing pairing = Pairings.with(simulator, new RecordingListener())
                .lapIdentity(PemReader.privateKey(Files.readString(dir.resolve("not-lap.key")), "key"), certificate)
                .build();

        assertThatThrownBy(pairing::pair).isInstanceOf(LapCertificateRejectedException.class)
                .hasMessageStartingWith("The bridge 127.0.0.1:" + simulator.pairingPort() + " refused the pairing"
                                        + " client certificate (Received fatal alert: bad_certificate)");
    }

    @Test
    void aBridgeCertificateNoAnchorValidatesIsRefused(LeapBridgeSimulator simulator) {
        // the real LAP CA and lutron-root: the simulator's certificate chains to neither
        LeapPairing pairing = LeapPairing.builder(simulator.host()).port(simulator.pairingPort()).build();

        assertThatThrownBy(pairing::pair).isInstanceOf(BridgeCertificateException.class)
                .hasMessageContaining("chains to none of the pairing trust anchors")
                .hasMessageContaining("PKIX");
    }

    @Test
    void aCertificateThatFailsTheLeapPingIsReported(LeapBridgeSimulator simulator) throws Exception {
        RecordingListener listener = new RecordingListener();
        // the pairing port as the LEAP port: it refuses any client certificate but the LAP one
        LeapPairing pairing = Pairings.with(simulator, listener).leapPort(simulator.pairingPort()).build();

        assertThatThrownBy(() -> Pairings.pressingTheButton(simulator, pairing, listener))
                .isInstanceOf(PairingVerificationException.class)
                .hasMessageContaining("does not work on the LEAP port 127.0.0.1:" + simulator.pairingPort())
                .hasMessageContaining("bad_certificate");
        assertThat(listener.events).contains("certificate CN=camel-lutron").doesNotContain("verified 1.123");
    }

    @Test
    void anUnreachableBridgeIsReported() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        LeapPairing pairing = LeapPairing.builder("127.0.0.1").port(closed).build();

        assertThatThrownBy(pairing::pair).isExactlyInstanceOf(PairingException.class)
                .hasMessageStartingWith("Cannot connect to 127.0.0.1:" + closed)
                .hasMessageContaining("check the address");
    }

    @Test
    void aRadioRa3ProcessorIsPairedThroughTheProcessorRoot() throws Exception {
        try (LeapBridgeSimulator ra3 = LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.RA3)
                .pairingPort(0).build().start()) {
            RecordingListener listener = new RecordingListener();
            // the LAP CA fails, as on a real processor; the simulator's CA plays lutron-root
            LeapPairing pairing = LeapPairing.builder(ra3.host()).port(ra3.pairingPort()).leapPort(ra3.port())
                    .processorRoot(ra3.bridgeCaCertificate()).listener(listener).build();

            PairingResult result = Pairings.pressingTheButton(ra3, pairing, listener);

            assertThat(listener.events).first().isEqualTo("connected PROCESSOR_ROOT");
            assertThat(result.trust()).isEqualTo(PairingTrust.PROCESSOR_ROOT);
            // the signing result's root is not what the LEAP port chains to: the processor root is kept
            assertThat(result.bridgeCertificate()).isEqualTo(ra3.bridgeCaCertificate());
            assertThat(result.systemHint()).isEqualTo(SystemFamily.RA3);
            assertThat(result.leapVersion()).isEqualTo(1.123);
        }
    }
}
