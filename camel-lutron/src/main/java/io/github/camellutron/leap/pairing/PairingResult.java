package io.github.camellutron.leap.pairing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Objects;

import io.github.camellutron.leap.protocol.SystemFamily;

/**
 * What pairing got: the client's new private key and the certificate the bridge signed for it, the bridge CA its LEAP
 * port chains to, and what the verification ping learnt. Immutable; {@link #toString()} never shows the key.
 *
 * <p>
 * The files it writes are readable by their owner only: POSIX permissions {@code rw-------}, in a directory created
 * {@code rwx------} when missing (an existing directory keeps its permissions). On file systems without POSIX
 * permissions (Windows) the files get the directory's default access rights: keep them in a directory only you can
 * read.
 */
public final class PairingResult {

    /** The alias of the key entry in {@link #writeKeyStore}; the bridge CA is the trusted entry {@code bridge}. */
    public static final String KEY_ALIAS = "client";
    public static final String BRIDGE_ALIAS = "bridge";

    private final String name;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final X509Certificate bridgeCertificate;
    private final double leapVersion;
    private final SystemFamily systemHint;
    private final PairingTrust trust;

    PairingResult(String name, PrivateKey privateKey, X509Certificate certificate, X509Certificate bridgeCertificate,
                  double leapVersion, SystemFamily systemHint, PairingTrust trust) {
        this.name = Objects.requireNonNull(name, "name");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.bridgeCertificate = Objects.requireNonNull(bridgeCertificate, "bridgeCertificate");
        this.leapVersion = leapVersion;
        this.systemHint = Objects.requireNonNull(systemHint, "systemHint");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** The name: the certificate's CN and the base name of the files. */
    public String name() {
        return name;
    }

    /** The client's RSA-2048 private key, made on this machine; it never left it. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The client certificate the bridge signed. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA the bridge's LEAP certificate chains to: the signing result's root, or the processor root (RA3, QSX). */
    public X509Certificate bridgeCertificate() {
        return bridgeCertificate;
    }

    /** The bridge's {@code LEAPVersion} from the verification ping, such as 1.123. */
    public double leapVersion() {
        return leapVersion;
    }

    /** The kind of system, from the bridge's {@code /project}; {@link SystemFamily#UNKNOWN} when it was unreadable. */
    public SystemFamily systemHint() {
        return systemHint;
    }

    /** Which trust anchor the pairing port's certificate chained to. */
    public PairingTrust trust() {
        return trust;
    }

    /**
     * Writes {@code <name>.key} (the private key, unencrypted PKCS#8 PEM), {@code <name>.crt} (the client certificate)
     * and {@code <name>-bridge.crt} (the bridge CA) into a directory, owner-only (see the class description), replacing
     * files of the same names.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public PemFiles writePem(Path dir) {
        PemFiles files = new PemFiles(dir.resolve(name + ".key"), dir.resolve(name + ".crt"),
                dir.resolve(name + "-bridge.crt"));
        write(files.clientKey(), Pem.write(privateKey).getBytes(StandardCharsets.US_ASCII));
        write(files.clientCertificate(), Pem.write(certificate).getBytes(StandardCharsets.US_ASCII));
        write(files.bridgeCertificate(), Pem.write(bridgeCertificate).getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    /**
     * Writes a PKCS12 key store, owner-only (see the class description), as the lutron-leap {@code keyStore} option and
     * openHAB read it: the key and certificate as key entry {@value #KEY_ALIAS}, the bridge CA as trusted entry
     * {@value #BRIDGE_ALIAS}, the store and the key protected by the password.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path writeKeyStore(Path file, char[] password) {
        Objects.requireNonNull(password, "password");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            boolean issuedByBridgeCa = certificate.getIssuerX500Principal()
                    .equals(bridgeCertificate.getSubjectX500Principal());
            Certificate[] chain = issuedByBridgeCa ? new Certificate[] { certificate, bridgeCertificate }
                    : new Certificate[] { certificate };
            store.setKeyEntry(KEY_ALIAS, privateKey, password, chain);
            store.setCertificateEntry(BRIDGE_ALIAS, bridgeCertificate);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            write(file, bytes.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the key store " + file, e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            OwnerOnlyFiles.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PairingResult[name=" + name + ", certificate=" + certificate.getSubjectX500Principal().getName()
               + ", bridgeCertificate=" + bridgeCertificate.getSubjectX500Principal().getName() + ", leapVersion="
               + leapVersion + ", systemHint=" + systemHint + ", trust=" + trust + "]";
    }
}
