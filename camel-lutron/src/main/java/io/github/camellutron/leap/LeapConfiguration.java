package io.github.camellutron.leap;

import java.util.List;

import io.github.camellutron.LutronConfiguration;
import io.github.camellutron.SessionOption;
import io.github.camellutron.leap.client.LeapTlsProvider;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/** Options of a {@code lutron-leap} endpoint; set once on the component to apply to every endpoint. */
@Configurer
@UriParams
public class LeapConfiguration extends LutronConfiguration {

    /** The options every endpoint of one bridge session shares (the client identity names the session). */
    static final List<SessionOption<LeapConfiguration>> SESSION_OPTIONS = sessionOptions(List.of(
            SessionOption.of("maxLineLength", LeapConfiguration::getMaxLineLength, LeapConfiguration::setMaxLineLength),
            SessionOption.of("discoveryConcurrency", LeapConfiguration::getDiscoveryConcurrency,
                    LeapConfiguration::setDiscoveryConcurrency),
            SessionOption.of("bridgeCertificate", LeapConfiguration::getBridgeCertificate,
                    LeapConfiguration::setBridgeCertificate),
            SessionOption.secret("keyStorePassword", LeapConfiguration::getKeyStorePassword,
                    LeapConfiguration::setKeyStorePassword),
            SessionOption.of("tlsProvider", LeapConfiguration::getTlsProvider, LeapConfiguration::setTlsProvider)));

    @UriParam(label = "security",
              description = "The client certificate pairing wrote (PEM), as a file:, classpath: or http: resource."
                            + " Used with clientKey and bridgeCertificate.")
    private String clientCertificate;
    @UriParam(label = "security",
              description = "The client's private key pairing wrote (PEM: PKCS#8, PKCS#1 RSA or EC, unencrypted), as a"
                            + " resource.")
    private String clientKey;
    @UriParam(label = "security",
              description = "The bridge CA the bridge's certificate must chain to (PEM, the -bridge.crt file of"
                            + " pairing), as a resource.")
    private String bridgeCertificate;
    @UriParam(label = "security",
              description = "A PKCS12 or JKS key store holding the client key and certificate and the bridge CA as a"
                            + " trusted entry (an openHAB lutron.keystore works), as a resource. Instead of the PEM"
                            + " files.")
    private String keyStore;
    @UriParam(label = "security", secret = true, description = "Password of the key store.")
    private String keyStorePassword;
    @UriParam(label = "security",
              description = "Camel SSLContextParameters to use instead of files; their trust managers must trust the"
                            + " bridge CA. Host names are never checked: bridge certificates name SmartBridge.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "security", defaultValue = "auto", enums = "auto,jdk,openssl",
              description = "The TLS engine: auto uses Netty's OpenSSL engine when it loads (it needs"
                            + " io.netty:netty-tcnative-boringssl-static on the class path) and the JDK's otherwise;"
                            + " jdk forces the JDK's; openssl forces OpenSSL and fails the start when it does not"
                            + " load. Both validate the same way: the chain against the bridge CA only, no host name"
                            + " check, TLS 1.3 or 1.2. With sslContextParameters only the JDK engine is possible.")
    private LeapTlsProvider tlsProvider = LeapTlsProvider.auto;
    @UriParam(label = "producer",
              description = "The producer's operation when the CamelLutronOperation header does not name one.")
    private LeapProducerOperation operation;
    @UriParam(label = "advanced", defaultValue = "16777216",
              description = "Longest message accepted from the bridge, in bytes (at least 4 MiB: device lists are"
                            + " large); a longer one is counted and skipped.")
    private int maxLineLength = 16 * 1024 * 1024;
    @UriParam(label = "advanced", defaultValue = "4",
              description = "How many discovery requests (reads, and subscriptions to what was read) may wait for"
                            + " the bridge's answer at once, at least 1; 1 = one at a time. A big RadioRA 3 or"
                            + " HomeWorks QSX processor takes thousands of them after every connect: one at a time"
                            + " costs a round trip each, all at once floods the processor. Commands of routes are not"
                            + " held back by it.")
    private int discoveryConcurrency = 4;

    public LeapConfiguration copy() {
        return copyOf();
    }

    public String getClientCertificate() {
        return clientCertificate;
    }

    public void setClientCertificate(String clientCertificate) {
        this.clientCertificate = clientCertificate;
    }

    public String getClientKey() {
        return clientKey;
    }

    public void setClientKey(String clientKey) {
        this.clientKey = clientKey;
    }

    public String getBridgeCertificate() {
        return bridgeCertificate;
    }

    public void setBridgeCertificate(String bridgeCertificate) {
        this.bridgeCertificate = bridgeCertificate;
    }

    public String getKeyStore() {
        return keyStore;
    }

    public void setKeyStore(String keyStore) {
        this.keyStore = keyStore;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public LeapTlsProvider getTlsProvider() {
        return tlsProvider;
    }

    public void setTlsProvider(LeapTlsProvider tlsProvider) {
        this.tlsProvider = tlsProvider;
    }

    public LeapProducerOperation getOperation() {
        return operation;
    }

    public void setOperation(LeapProducerOperation operation) {
        this.operation = operation;
    }

    public int getMaxLineLength() {
        return maxLineLength;
    }

    public void setMaxLineLength(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    public int getDiscoveryConcurrency() {
        return discoveryConcurrency;
    }

    public void setDiscoveryConcurrency(int discoveryConcurrency) {
        this.discoveryConcurrency = discoveryConcurrency;
    }
}
