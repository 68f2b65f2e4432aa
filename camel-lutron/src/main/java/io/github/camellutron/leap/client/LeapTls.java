package io.github.camellutron.leap.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import io.github.camellutron.client.PemReader;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.ReferenceCountedOpenSslContext;
import io.netty.handler.ssl.ReferenceCountedOpenSslEngine;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * The client side of LEAP's mutual TLS: the identity pairing gave (client key and certificate) and the bridge
 * CA its certificate must chain to. Validation is on; host names are never checked because bridge
 * certificates name {@code SmartBridge...}, not a host. Nothing here ever puts a key or password in a message.
 * <p>
 * The engine is the JDK's or Netty's OpenSSL ({@link LeapTlsProvider}); both get the same key managers (the client
 * identity) and trust managers (the bridge CA alone), so they accept and refuse the same bridges.
 */
public final class LeapTls {

    static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };
    private static final char[] NO_PASSWORD = new char[0];

    private LeapTls() {
    }

    /**
     * From the PEM files pairing writes: the client certificate (chain), its private key (PKCS#8, PKCS#1 RSA or
     * EC, unencrypted) and the bridge CA.
     */
    public static SslContext fromPem(InputStream clientCertificate, InputStream clientKey, InputStream bridgeCa) {
        return fromPem(clientCertificate, clientKey, bridgeCa, LeapTlsProvider.auto);
    }

    /**
     * The same on the given engine.
     *
     * @throws IllegalStateException when {@link LeapTlsProvider#openssl} is asked for and OpenSSL does not load
     */
    public static SslContext fromPem(InputStream clientCertificate, InputStream clientKey, InputStream bridgeCa,
                                     LeapTlsProvider provider) {
        SslProvider engine = engine(provider);
        try {
            List<X509Certificate> chain = PemReader.certificates(text(clientCertificate), "client certificate file");
            PrivateKey key = PemReader.privateKey(text(clientKey), "client key file");
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("client", key, NO_PASSWORD, chain.toArray(new X509Certificate[0]));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (X509Certificate ca : PemReader.certificates(text(bridgeCa), "bridge certificate file")) {
                trust.setCertificateEntry("bridge-" + i++, ca);
            }
            return build(identity, NO_PASSWORD, trust, engine);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot set up LEAP TLS from the PEM files: " + e.getMessage(), e);
        }
    }

    /**
     * From one key store (PKCS12 or JKS) holding the client key and certificate as a private key entry and the
     * bridge CA as a trusted certificate entry, as openHAB users make it.
     */
    public static SslContext fromKeyStore(InputStream keyStore, char[] password) {
        return fromKeyStore(keyStore, password, LeapTlsProvider.auto);
    }

    /**
     * The same on the given engine.
     *
     * @throws IllegalStateException when {@link LeapTlsProvider#openssl} is asked for and OpenSSL does not load
     */
    public static SslContext fromKeyStore(InputStream keyStore, char[] password, LeapTlsProvider provider) {
        SslProvider engine = engine(provider);
        try {
            byte[] bytes = keyStore.readAllBytes();
            KeyStore store = load(bytes, password, "PKCS12");
            if (store == null) {
                store = load(bytes, password, "JKS");
            }
            if (store == null) {
                throw new IllegalArgumentException(
                        "Cannot read the LEAP key store: not PKCS12 or JKS, or the password is wrong");
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            boolean hasKey = false;
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias)) {
                    trust.setCertificateEntry(alias, store.getCertificate(alias));
                } else if (store.isKeyEntry(alias)) {
                    hasKey = true;
                }
            }
            if (!hasKey) {
                throw new IllegalArgumentException("The LEAP key store has no private key entry for the client");
            }
            if (trust.size() == 0) {
                throw new IllegalArgumentException("The LEAP key store has no trusted certificate entry for the bridge CA");
            }
            return build(store, password, trust, engine);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot set up LEAP TLS from the key store: " + e.getMessage(), e);
        }
    }

    /**
     * From a ready-made JSSE context (e.g. Camel's SSLContextParameters); its trust managers decide validity. It runs on
     * the JDK engine whatever OpenSSL offers: a JSSE context cannot be handed to OpenSSL.
     */
    public static SslContext fromSslContext(SSLContext context) {
        return new JdkSslContext(context, true, null, IdentityCipherSuiteFilter.INSTANCE,
                ApplicationProtocolConfig.DISABLED, ClientAuth.NONE, PROTOCOLS, false);
    }

    private static KeyStore load(byte[] bytes, char[] password, String type) throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(new java.io.ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The engine a choice runs on in this JVM: {@code auto} is OpenSSL when it loads, else the JDK.
     *
     * @throws IllegalStateException when {@link LeapTlsProvider#openssl} is asked for and OpenSSL does not load,
     *                               naming the artifact that brings it and why Netty could not load it
     */
    public static SslProvider engine(LeapTlsProvider provider) {
        switch (provider) {
            case jdk:
                return SslProvider.JDK;
            case openssl:
                if (!OpenSsl.isAvailable()) {
                    Throwable cause = OpenSsl.unavailabilityCause();
                    throw new IllegalStateException("Netty's OpenSSL TLS engine is not available: put"
                                                    + " io.netty:netty-tcnative-boringssl-static on the class path"
                                                    + " (the version Netty is built with: 2.0.74.Final for Netty"
                                                    + " 4.1.130.Final), or choose the auto or jdk engine. Netty could"
                                                    + " not load it: " + cause, cause);
                }
                return SslProvider.OPENSSL;
            default:
                return OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
        }
    }

    /** The engine a context made here runs on: {@code jdk} or {@code openssl}, never {@code auto}. */
    public static LeapTlsProvider engineOf(SslContext context) {
        // without netty-tcnative nothing can be OpenSSL's, and its classes are best left unloaded
        return OpenSsl.isAvailable() && context instanceof ReferenceCountedOpenSslContext ? LeapTlsProvider.openssl
                : LeapTlsProvider.jdk;
    }

    /** The engine of one TLS session: {@code jdk} or {@code openssl}, never {@code auto}. */
    public static LeapTlsProvider engineOf(SSLEngine engine) {
        return OpenSsl.isAvailable() && engine instanceof ReferenceCountedOpenSslEngine ? LeapTlsProvider.openssl
                : LeapTlsProvider.jdk;
    }

    private static SslContext build(KeyStore identity, char[] password, KeyStore trust, SslProvider engine)
            throws GeneralSecurityException, SSLException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(identity, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        // OpenSSL calls these JDK trust managers for the chain, so both engines accept exactly the same bridges
        return SslContextBuilder.forClient().sslProvider(engine).keyManager(kmf).trustManager(tmf).protocols(PROTOCOLS)
                .build();
    }

    private static String text(InputStream pem) throws IOException {
        return new String(pem.readAllBytes(), StandardCharsets.US_ASCII);
    }
}
