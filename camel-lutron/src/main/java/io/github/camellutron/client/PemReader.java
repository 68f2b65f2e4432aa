package io.github.camellutron.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads the PEM files bridge identities come in: certificates and unencrypted private keys (PKCS#8, PKCS#1 RSA,
 * EC). Errors name what was being read ({@code what}), never the content, which may be a key.
 */
public final class PemReader {

    private PemReader() {
    }

    /** Every certificate in the PEM text, at least one. */
    public static List<X509Certificate> certificates(String pem, String what) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                certificates.add((X509Certificate) c);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("The " + what + " holds no PEM certificate");
            }
            return certificates;
        } catch (CertificateException e) {
            // without the cause, whose message quotes the line
            throw new IllegalArgumentException("The " + what + " is not a PEM certificate: " + reason(e));
        }
    }

    /**
     * The JDK's reason without the header or footer line it quotes ("Illegal footer: -----END ..."): cut after the
     * first of the phrases that come before a quote, which is the JDK's own (the quoted line may repeat one).
     */
    private static String reason(CertificateException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.length();
        for (String quoting : new String[] { "Illegal header", "Illegal footer", "do not match" }) {
            int at = message.indexOf(quoting);
            if (at >= 0 && at + quoting.length() < cut) {
                cut = at + quoting.length();
            }
        }
        return message.substring(0, cut);
    }

    /** The first certificate in the PEM text. */
    public static X509Certificate certificate(String pem, String what) {
        return certificates(pem, what).get(0);
    }

    /** The first unencrypted private key in the PEM text. */
    public static PrivateKey privateKey(String pem, String what) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
            }
        } catch (IOException | RuntimeException e) {
            // BouncyCastle reports some broken content unchecked (a DecoderException for bad base64, ASN.1 errors)
            throw new IllegalArgumentException("The " + what + " is not a readable PEM key", e);
        }
        throw new IllegalArgumentException("The " + what + " holds no unencrypted PEM private key (PKCS#8, PKCS#1 RSA"
                                           + " or EC)");
    }
}
