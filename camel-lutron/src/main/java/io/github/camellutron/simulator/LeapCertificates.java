package io.github.camellutron.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * The certificates of one simulated bridge, made fresh with BouncyCastle in the shapes LEAP.md 1.2 and 4 describe: a
 * self-signed EC P-256 CA {@code CN=SmartBridge<12 hex>}, the bridge's EC server certificate signed by it, and RSA-2048
 * client identities signed by it as pairing would issue them. A second, unrelated CA signs identities the bridge must
 * refuse.
 */
final class LeapCertificates {

    /** The subject attributes (LEAP.md 4) a bridge adds to the CSR's CN: the device UID and the display name. */
    static final ASN1ObjectIdentifier DEVICE_UID = new ASN1ObjectIdentifier("1.3.6.1.4.1.40073.1.2");
    static final ASN1ObjectIdentifier DISPLAY_NAME = new ASN1ObjectIdentifier("1.3.6.1.4.1.40073.1.3");

    private static final String EC_SIGNATURE = "SHA256withECDSA";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    /** Tolerates a client clock that is a little behind. */
    private static final Duration BACKDATE = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Authority bridgeCa;
    private final KeyPair serverKeys;
    private final X509Certificate serverCertificate;
    private final KeyPair clientKeys;
    private Authority otherCa;
    private KeyPair otherClientKeys;

    private LeapCertificates(Authority bridgeCa, KeyPair serverKeys, X509Certificate serverCertificate,
                             KeyPair clientKeys) {
        this.bridgeCa = bridgeCa;
        this.serverKeys = serverKeys;
        this.serverCertificate = serverCertificate;
        this.clientKeys = clientKeys;
    }

    /** Makes a bridge CA with a random 12 hex digit id, the bridge's server certificate and a client key pair. */
    static LeapCertificates create() {
        return create(false);
    }

    /**
     * The same, with a server certificate that expired yesterday when {@code expiredServer} (a bridge whose clock
     * was wrong when it made its certificate, or a client whose clock is far ahead).
     */
    static LeapCertificates create(boolean expiredServer) {
        try {
            Authority ca = Authority.create();
            KeyPair serverKeys = ecKeys();
            Instant now = Instant.now();
            X509Certificate server = expiredServer
                    ? ca.issue(serverKeys, commonName("Lutron-" + ca.bridgeId()),
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth),
                            Date.from(now.minus(Duration.ofDays(30))), Date.from(now.minus(Duration.ofDays(1))))
                    : ca.issue(serverKeys, commonName("Lutron-" + ca.bridgeId()),
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            return new LeapCertificates(ca, serverKeys, server, rsaKeys());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot make the simulated bridge's certificates", e);
        }
    }

    /** The self-signed bridge CA, which pairing hands out as {@code <name>-bridge.crt}. */
    X509Certificate caCertificate() {
        return bridgeCa.certificate();
    }

    /** The 12 hex digits in the CA's {@code CN=SmartBridge...}. */
    String bridgeId() {
        return bridgeCa.bridgeId();
    }

    PrivateKey serverKey() {
        return serverKeys.getPrivate();
    }

    /** The chain the bridge presents: its server certificate, then the CA. */
    X509Certificate[] serverChain() {
        return new X509Certificate[] { serverCertificate, bridgeCa.certificate() };
    }

    /** A client certificate for {@code name} issued by the bridge CA, as pairing returns it. */
    Identity client(String name) {
        return bridgeCa.client(clientKeys, name);
    }

    /** A client certificate for {@code name} issued by another bridge's CA, which this bridge does not trust. */
    synchronized Identity untrustedClient(String name) {
        if (otherCa == null) {
            try {
                otherCa = Authority.create();
                otherClientKeys = rsaKeys();
            } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
                throw new IllegalStateException("Cannot make a second certificate authority", e);
            }
        }
        return otherCa.client(otherClientKeys, name);
    }

    /**
     * Signs the public key of a pairing CSR with the bridge CA, as a bridge does (LEAP.md 4 step 2): the CSR's CN plus
     * the device UID and display name of the request, EKU serverAuth and clientAuth.
     */
    X509Certificate signPairingRequest(PublicKey key, String commonName, String deviceUid, String displayName) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .addRDN(DEVICE_UID, deviceUid)
                .addRDN(DISPLAY_NAME, displayName)
                .build();
        try {
            return bridgeCa.issue(new KeyPair(key, null), subject, new ExtendedKeyUsage(
                    new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot sign the pairing request of " + commonName, e);
        }
    }

    /** Writes {@code <name>.key}, {@code <name>.crt} and {@code <name>-bridge.crt} into a directory. */
    static void writeFiles(Identity identity, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path key = dir.resolve(name + ".key");
            Files.writeString(key, pem("PRIVATE KEY", identity.key().getEncoded()), StandardCharsets.US_ASCII);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(dir.resolve(name + ".crt"), pem("CERTIFICATE", identity.certificate().getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve(name + "-bridge.crt"), pem("CERTIFICATE", identity.ca().getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the client files of " + name + " to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode the client certificate of " + name, e);
        }
    }

    /**
     * Writes a PKCS12 key store with the identity's key and certificate chain as {@code client} and its CA as the
     * trusted entry {@code bridge}.
     */
    static void writeKeyStore(Identity identity, Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", identity.key(), password,
                    new Certificate[] { identity.certificate(), identity.ca() });
            store.setCertificateEntry("bridge", identity.ca());
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the key store " + file, e);
        }
    }

    /** DER bytes as PEM text of the type, such as {@code CERTIFICATE}. */
    static String pem(String type, byte[] der) throws IOException {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        }
        return text.toString();
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static KeyPair rsaKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static X500Name commonName(String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).build();
    }

    /** A private key, the certificate issued for it and the CA that issued it. */
    record Identity(PrivateKey key, X509Certificate certificate, X509Certificate ca) {
    }

    /** A bridge CA: its key, self-signed certificate and validity, which every certificate it issues shares. */
    private record Authority(KeyPair keys, X509Certificate certificate, X500Name name, String bridgeId,
                             Date notBefore, Date notAfter) {

        static Authority create() throws GeneralSecurityException, OperatorCreationException, CertIOException {
            byte[] id = new byte[6];
            RANDOM.nextBytes(id);
            String bridgeId = HexFormat.of().withUpperCase().formatHex(id);
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "US")
                    .addRDN(BCStyle.ST, "Pennsylvania")
                    .addRDN(BCStyle.L, "Coopersburg")
                    .addRDN(BCStyle.O, "Lutron Electronics Co., Inc.")
                    .addRDN(BCStyle.CN, "SmartBridge" + bridgeId)
                    .build();
            Instant now = Instant.now();
            Date notBefore = Date.from(now.minus(BACKDATE));
            Date notAfter = Date.from(ZonedDateTime.ofInstant(now, ZoneOffset.UTC).plus(CA_VALIDITY).toInstant());
            KeyPair keys = ecKeys();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), notBefore, notAfter,
                    name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = sign(builder, keys.getPrivate());
            return new Authority(keys, certificate, name, bridgeId, notBefore, notAfter);
        }

        Identity client(KeyPair clientKeys, String name) {
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, name)
                    .addRDN(DEVICE_UID, "000000000000")
                    .addRDN(DISPLAY_NAME, name)
                    .build();
            try {
                X509Certificate certificate = issue(clientKeys, subject, new ExtendedKeyUsage(
                        new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
                return new Identity(clientKeys.getPrivate(), certificate, this.certificate);
            } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
                throw new IllegalStateException("Cannot issue a client certificate for " + name, e);
            }
        }

        X509Certificate issue(KeyPair subjectKeys, X500Name subject, ExtendedKeyUsage usage)
                throws GeneralSecurityException, OperatorCreationException, CertIOException {
            return issue(subjectKeys, subject, usage, notBefore, notAfter);
        }

        X509Certificate issue(KeyPair subjectKeys, X500Name subject, ExtendedKeyUsage usage, Date from, Date until)
                throws GeneralSecurityException, OperatorCreationException, CertIOException {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(this.name, serial(), from, until,
                    subject, subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(
                            "RSA".equals(subjectKeys.getPublic().getAlgorithm())
                                    ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                                    : KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, usage)
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            return sign(builder, keys.getPrivate());
        }

        private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
                throws GeneralSecurityException, OperatorCreationException {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(EC_SIGNATURE).build(key)));
        }

        private static BigInteger serial() {
            return new BigInteger(63, RANDOM).add(BigInteger.ONE);
        }
    }
}
