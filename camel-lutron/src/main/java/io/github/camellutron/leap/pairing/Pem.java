package io.github.camellutron.leap.pairing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** PEM reading and writing, the RSA key and the CSR of pairing (LEAP.md 4 steps 1 and 2), with BouncyCastle. */
final class Pem {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pem() {
    }

    /** A fresh RSA-2048 key pair with the public exponent 65537. */
    static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    /** A PKCS#10 request signed SHA256withRSA whose subject is only {@code CN=<commonName>}, as PEM. */
    static String csr(KeyPair keys, String commonName) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        try {
            PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            return write(request);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign the certificate request", e);
        }
    }

    /** A certificate, a CSR or a {@link JcaPKCS8Generator} (an unencrypted PKCS#8 key) as PEM text. */
    static String write(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object instanceof PrivateKey key ? new JcaPKCS8Generator(key, null) : object);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write PEM", e);
        }
        return text.toString();
    }

    /** Every certificate in a PEM text. */
    static List<X509Certificate> certificates(String pem, String what) {
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
            throw new IllegalArgumentException("The " + what + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** The first certificate in a PEM text. */
    static X509Certificate certificate(String pem, String what) {
        return certificates(pem, what).get(0);
    }

    /** An unencrypted private key, PKCS#8 or PKCS#1, from PEM text. */
    static PrivateKey privateKey(String pem, String what) {
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
        } catch (IOException e) {
            throw new IllegalArgumentException("The " + what + " is not a readable PEM key", e);
        }
        throw new IllegalArgumentException("The " + what + " holds no unencrypted PEM private key");
    }
}
