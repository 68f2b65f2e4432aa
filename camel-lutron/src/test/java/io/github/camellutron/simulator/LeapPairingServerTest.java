package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLException;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camellutron.leap.pairing.LapAssets;
import io.github.camellutron.leap.protocol.LeapMessage;

/** The simulator's LAP pairing listener, driven with raw pairing messages over real TLS. */
class LeapPairingServerTest {

    private LeapBridgeSimulator simulator;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private LeapBridgeSimulator start(LeapBridgeSimulator.Mode mode) {
        simulator = LeapBridgeSimulator.builder().mode(mode).pairingPort(0).build().start();
        return simulator;
    }

    private LeapPairingTestClient lapClient() throws Exception {
        return LeapPairingTestClient.connect(simulator, LapAssets.lapKey(), LapAssets.lapCertificate());
    }

    private static void assertStatus(JsonNode message, String... permissions) {
        assertThat(message.has("CommuniqueType")).isFalse();
        assertThat(message.path("Header").path("StatusCode").asText()).isEqualTo("200 OK");
        assertThat(message.path("Header").path("ContentType").asText()).isEqualTo("status;plurality=single");
        assertThat(message.path("Body").path("Status").path("Permissions")).extracting(JsonNode::asText)
                .containsExactly(permissions);
    }

    private static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String rdn(X500Name name, String oid) {
        return IETFUtils.valueToString(name.getRDNs(new ASN1ObjectIdentifier(oid))[0]
                .getFirst().getValue());
    }

    @Test
    void aCsrBeforeTheButtonPressIsAnswered401() throws Exception {
        start(LeapBridgeSimulator.Mode.CASETA);
        try (LeapPairingTestClient client = lapClient()) {
            assertStatus(client.next(), "Public");
            client.send(LeapPairingTestClient.csrRequest(LeapPairingTestClient.csr("early"), "early"));
            JsonNode answer = client.next();
            assertThat(answer.has("CommuniqueType")).isFalse();
            assertThat(answer.path("Header").path("StatusCode").asText()).isEqualTo("401 Unauthorized");
            assertThat(answer.path("Header").path("ClientTag").asText()).isEqualTo("get-cert");
            assertThat(answer.path("Header").path("ContentType").asText()).isEqualTo("exception;plurality=single");
            assertThat(answer.path("Body").path("Exception").path("Message").asText()).contains("press");
            // the protocol layer reads it as an error with the bridge's message
            LeapMessage parsed = LeapMessage.parse(answer.toString());
            assertThat(parsed.isError()).isTrue();
            assertThat(parsed.communiqueType()).isNull();
        }
    }

    @Test
    void theButtonPressGrantsPhysicalAccessAndTheCsrIsSignedByTheBridgeCa() throws Exception {
        start(LeapBridgeSimulator.Mode.CASETA);
        try (LeapPairingTestClient client = lapClient()) {
            assertStatus(client.next(), "Public");
            simulator.pressPairingButton();
            assertStatus(client.next(), "Public", "PhysicalAccess");

            client.send(LeapPairingTestClient.csrRequest(LeapPairingTestClient.csr("camel-test"), "Camel Test"));
            JsonNode answer = client.next();
            assertThat(answer.path("Header").path("StatusCode").asText()).isEqualTo("200 OK");
            assertThat(answer.path("Header").path("ClientTag").asText()).isEqualTo("get-cert");
            assertThat(answer.path("Header").path("ContentType").asText())
                    .isEqualTo("signing-result;plurality=single");
            JsonNode result = answer.path("Body").path("SigningResult");
            X509Certificate signed = certificate(result.path("Certificate").asText());
            X509Certificate root = certificate(result.path("RootCertificate").asText());

            assertThat(root).isEqualTo(simulator.bridgeCaCertificate());
            signed.verify(simulator.bridgeCaCertificate().getPublicKey());
            X500Name subject = new JcaX509CertificateHolder(signed).getSubject();
            assertThat(IETFUtils.valueToString(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue()))
                    .isEqualTo("camel-test");
            assertThat(rdn(subject, "1.3.6.1.4.1.40073.1.2")).isEqualTo("000000000000");
            assertThat(rdn(subject, "1.3.6.1.4.1.40073.1.3")).isEqualTo("Camel Test");
            assertThat(signed.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");
        }
    }

    @Test
    void theSignedCertificateWorksOnTheLeapPort() throws Exception {
        start(LeapBridgeSimulator.Mode.CASETA);
        // the simulator's own client key, sent as a CSR, so that the test holds the private key of the certificate
        simulator.writeClientFiles(dir, "own");
        PublicKey publicKey = LeapTestClient.certificate(dir.resolve("own.crt")).getPublicKey();
        PrivateKey privateKey = LeapTestClient.privateKey(dir.resolve("own.key"));
        PKCS10CertificationRequest csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=paired"), publicKey)
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(privateKey));
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(csr);
        }
        JsonNode result;
        try (LeapPairingTestClient client = lapClient()) {
            client.next();
            simulator.pressPairingButton();
            client.next();
            client.send(LeapPairingTestClient.csrRequest(pem.toString(), "paired"));
            result = client.next().path("Body").path("SigningResult");
        }
        Files.copy(dir.resolve("own.key"), dir.resolve("paired.key"));
        Files.writeString(dir.resolve("paired.crt"), result.path("Certificate").asText());
        Files.writeString(dir.resolve("paired-bridge.crt"), result.path("RootCertificate").asText());
        try (LeapTestClient leap = LeapTestClient.connect(simulator, dir, "paired")) {
            assertThat(leap.read("/server/1/status/ping", "ping").bodyType()).isEqualTo("OnePingResponse");
        }
    }

    @Test
    void aConnectionOpenedAfterThePressWaitsForTheNextOne() throws Exception {
        start(LeapBridgeSimulator.Mode.CASETA);
        try (LeapPairingTestClient first = lapClient()) {
            assertStatus(first.next(), "Public");
            simulator.pressPairingButton();
            assertStatus(first.next(), "Public", "PhysicalAccess");
            try (LeapPairingTestClient late = lapClient()) {
                assertStatus(late.next(), "Public");
                late.send(LeapPairingTestClient.csrRequest(LeapPairingTestClient.csr("late"), "late"));
                assertThat(late.next().path("Header").path("StatusCode").asText()).isEqualTo("401 Unauthorized");
            }
        }
    }

    @Test
    void anythingButACsrIsABadRequest() throws Exception {
        start(LeapBridgeSimulator.Mode.CASETA);
        try (LeapPairingTestClient client = lapClient()) {
            client.next();
            simulator.pressPairingButton();
            client.next();
            client.send("{\"Header\":{\"RequestType\":\"Read\",\"Url\":\"/server\",\"ClientTag\":\"x\"}}");
            JsonNode read = client.next();
            assertThat(read.path("Header").path("StatusCode").asText()).isEqualTo("400 BadRequest");
            assertThat(read.path("Header").path("ClientTag").asText()).isEqualTo("x");
            client.send(LeapPairingTestClient.csrRequest("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"
                                                         + "-----END CERTIFICATE REQUEST-----\n", "broken"));
            JsonNode broken = client.next();
            assertThat(broken.path("Header").path("StatusCode").asText()).isEqualTo("400 BadRequest");
            assertThat(broken.path("Body").path("Exception").path("Message").asText()).startsWith("Invalid CSR");
        }
    }

    @Test
    void aClientCertificateNotSignedByTheLapCaIsRefused() throws Exception {
        start(LeapBridgeSimulator.Mode.CASETA);
        simulator.writeClientFiles(dir, "leap");
        X509Certificate leapCertificate = LeapTestClient.certificate(dir.resolve("leap.crt"));
        assertThatThrownBy(() -> LeapPairingTestClient.connect(simulator,
                LeapTestClient.privateKey(dir.resolve("leap.key")), leapCertificate).close())
                .isInstanceOf(SSLException.class);
        assertThatThrownBy(() -> LeapPairingTestClient.connect(simulator, null, null).close())
                .isInstanceOf(SSLException.class).hasMessageContaining("bad_certificate");
    }

    @Test
    void ra3ModeSignsWithTheBridgeCaButReturnsAnotherRoot() throws Exception {
        start(LeapBridgeSimulator.Mode.RA3);
        try (LeapPairingTestClient client = lapClient()) {
            client.next();
            simulator.pressPairingButton();
            client.next();
            client.send(LeapPairingTestClient.csrRequest(LeapPairingTestClient.csr("ra3"), "ra3"));
            JsonNode result = client.next().path("Body").path("SigningResult");
            certificate(result.path("Certificate").asText()).verify(simulator.bridgeCaCertificate().getPublicKey());
            assertThat(certificate(result.path("RootCertificate").asText()))
                    .isNotEqualTo(simulator.bridgeCaCertificate());
        }
    }

    @Test
    void pairingIsOffUnlessAPortIsGiven() {
        simulator = LeapBridgeSimulator.builder().build().start();
        assertThat(simulator.pairingPort()).isEqualTo(-1);
        assertThatThrownBy(simulator::pressPairingButton).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pairingPort");
        assertThatThrownBy(() -> LeapBridgeSimulator.builder().pairingPort(-2))
                .isInstanceOf(IllegalArgumentException.class);
        LeapBridgeSimulator.Builder builder = LeapBridgeSimulator.builder().pairingPort(0);
        try (LeapBridgeSimulator other = builder.build()) {
            assertThat(other.pairingPort()).isZero();
            other.start();
            assertThat(other.pairingPort()).isPositive().isNotEqualTo(other.port());
        }
    }
}
