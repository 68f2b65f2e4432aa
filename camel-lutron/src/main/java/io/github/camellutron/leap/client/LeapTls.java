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
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import io.github.camellutron.client.PemReader;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/**
 * The client side of LEAP's mutual TLS: the identity pairing gave (client key and certificate) and the bridge
 * CA its certificate must chain to. Validation is on; host names are never checked because bridge
 * certificates name {@code SmartBridge...}, not a host. Nothing here ever puts a key or password in a message.
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
            return build(identity, NO_PASSWORD, trust);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot set up LEAP TLS from the PEM files: " + e.getMessage(), e);
        }
    }

    /**
     * From one key store (PKCS12 or JKS) holding the client key and certificate as a private key entry and the
     * bridge CA as a trusted certificate entry, as openHAB users make it.
     */
    public static SslContext fromKeyStore(InputStream keyStore, char[] password) {
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
            return build(store, password, trust);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot set up LEAP TLS from the key store: " + e.getMessage(), e);
        }
    }

    /** From a ready-made JSSE context (e.g. Camel's SSLContextParameters); its trust managers decide validity. */
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

    private static SslContext build(KeyStore identity, char[] password, KeyStore trust)
            throws GeneralSecurityException, SSLException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(identity, password);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        return SslContextBuilder.forClient().keyManager(kmf).trustManager(tmf).protocols(PROTOCOLS).build();
    }

    private static String text(InputStream pem) throws IOException {
        return new String(pem.readAllBytes(), StandardCharsets.US_ASCII);
    }
}
