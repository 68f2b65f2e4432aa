package io.github.camellutron.leap.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Signature;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;

/** The public pairing identity and the two CAs ship in the jar, whole and consistent. */
class LapAssetsTest {

    @Test
    void theLapCertificateIsSignedByTheLapCaAndMatchesItsKey() throws Exception {
        X509Certificate certificate = LapAssets.lapCertificate();
        certificate.verify(LapAssets.lapCa().getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=Caseta Application");
        assertThat(certificate.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(LapAssets.lapKey());
        signer.update(new byte[] { 1, 2, 3 });
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(new byte[] { 1, 2, 3 });
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void theCasAreSelfSignedRoots() throws Exception {
        X509Certificate lap = LapAssets.lapCa();
        lap.verify(lap.getPublicKey());
        assertThat(lap.getSubjectX500Principal().getName()).contains("CN=Caseta Local Access Protocol Cert Authority");
        assertThat(lap.getBasicConstraints()).isNotNegative();
        X509Certificate root = LapAssets.lutronRootCa();
        root.verify(root.getPublicKey());
        assertThat(root.getSubjectX500Principal().getName()).startsWith("CN=lutron-root");
        assertThat(root.getBasicConstraints()).isNotNegative();
    }
}
