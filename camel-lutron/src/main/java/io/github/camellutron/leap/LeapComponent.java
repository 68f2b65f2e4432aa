package io.github.camellutron.leap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camellutron.AbstractLutronComponent;
import io.github.camellutron.AbstractLutronEndpoint;
import io.github.camellutron.SessionOption;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.leap.client.LeapConnectionOptions;
import io.github.camellutron.leap.client.LeapTls;
import io.github.camellutron.leap.client.LeapTlsProvider;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslContext;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code lutron-leap} component: Lutron bridges over LEAP, JSON over mutual TLS. */
@Component("lutron-leap")
public class LeapComponent extends AbstractLutronComponent<LeapConfiguration, LeapConnection>
        implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(LeapComponent.class);
    private static final Set<Path> WARNED_KEY_FILES = ConcurrentHashMap.newKeySet();

    @Metadata(description = "Options shared by every endpoint; endpoint options override them.")
    private LeapConfiguration configuration = new LeapConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the CamelContext when an endpoint names no client"
                            + " identity.")
    private boolean useGlobalSslContextParameters;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LeapEndpoint endpoint = (LeapEndpoint) super.createEndpoint(uri, remaining, parameters);
        if (endpoint.getConfiguration().getSslContextParameters() == null && useGlobalSslContextParameters
            && !hasFiles(endpoint.getConfiguration())) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    @Override
    protected String scheme() {
        return "lutron-leap";
    }

    @Override
    protected int defaultPort() {
        return LeapConnectionOptions.DEFAULT_PORT;
    }

    @Override
    protected AbstractLutronEndpoint<LeapConfiguration, LeapConnection> newEndpoint(String uri,
                                                                                  LeapConfiguration configuration) {
        return new LeapEndpoint(uri, this, configuration);
    }

    @Override
    protected List<SessionOption<LeapConfiguration>> sessionOptions() {
        return LeapConfiguration.SESSION_OPTIONS;
    }

    /** The client identity: a key store, the client certificate and key files, or an SSLContextParameters bean. */
    @Override
    protected Object identity(LeapConfiguration c) {
        return c.getKeyStore() != null ? "keystore:" + c.getKeyStore()
                : c.getClientCertificate() != null ? "pem:" + c.getClientCertificate() + "|" + c.getClientKey()
                : "ssl:" + System.identityHashCode(c.getSslContextParameters());
    }

    @Override
    protected LeapConnection newConnection(String host, int port, LeapConfiguration settings, EventLoopGroup group) {
        return new LeapConnection(options(host, port, settings), group);
    }

    @Override
    protected void reconfigure(LeapConnection connection, String host, int port, LeapConfiguration settings) {
        connection.reconfigure(options(host, port, settings));
    }

    private LeapConnectionOptions options(String host, int port, LeapConfiguration c) {
        return LeapConnectionOptions.builder(host, tls(getCamelContext(), c))
                .port(port)
                .keepAliveInterval(Duration.ofMillis(c.getKeepAliveInterval()))
                .responseTimeout(Duration.ofMillis(c.getResponseTimeout()))
                .reconnectDelay(Duration.ofMillis(c.getReconnectDelay()), Duration.ofMillis(c.getMaxReconnectDelay()))
                .commandDelay(Duration.ofMillis(c.getCommandDelay()))
                .maxLineLength(c.getMaxLineLength())
                .discoveryConcurrency(c.getDiscoveryConcurrency())
                .build();
    }

    private static boolean hasFiles(LeapConfiguration c) {
        return c.getKeyStore() != null || c.getClientCertificate() != null;
    }

    /** The client identity and bridge CA from whichever of the three ways the endpoint names, on its engine. */
    static SslContext tls(CamelContext context, LeapConfiguration c) {
        LeapTlsProvider provider = c.getTlsProvider() != null ? c.getTlsProvider() : LeapTlsProvider.auto;
        if (provider == LeapTlsProvider.openssl) {
            boolean jsse = c.getSslContextParameters() != null && c.getKeyStore() == null
                           && c.getClientCertificate() == null && c.getClientKey() == null
                           && c.getBridgeCertificate() == null;
            if (jsse) {
                throw new IllegalArgumentException("lutron-leap tlsProvider=openssl cannot run with"
                                                   + " sslContextParameters: a JSSE SSLContext runs on the JDK engine"
                                                   + " only. Name the PEM files (clientCertificate, clientKey,"
                                                   + " bridgeCertificate) or keyStore for OpenSSL, or use"
                                                   + " tlsProvider=auto or jdk.");
            }
            try {
                LeapTls.engine(provider);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("lutron-leap tlsProvider=openssl: " + e.getMessage(), e.getCause());
            }
        }
        try {
            if (c.getKeyStore() != null) {
                if (c.getKeyStorePassword() == null) {
                    throw new IllegalArgumentException("lutron-leap keyStore needs keyStorePassword");
                }
                warnIfOthersCanRead(c.getKeyStore());
                try (InputStream store = resource(context, c.getKeyStore())) {
                    return LeapTls.fromKeyStore(store, c.getKeyStorePassword().toCharArray(), provider);
                }
            }
            if (c.getClientCertificate() != null || c.getClientKey() != null || c.getBridgeCertificate() != null) {
                if (c.getClientCertificate() == null || c.getClientKey() == null || c.getBridgeCertificate() == null) {
                    throw new IllegalArgumentException(
                            "lutron-leap needs all three PEM files: clientCertificate, clientKey and bridgeCertificate");
                }
                warnIfOthersCanRead(c.getClientKey());
                try (InputStream cert = resource(context, c.getClientCertificate());
                     InputStream key = resource(context, c.getClientKey());
                     InputStream ca = resource(context, c.getBridgeCertificate())) {
                    return LeapTls.fromPem(cert, key, ca, provider);
                }
            }
            SSLContextParameters parameters = c.getSslContextParameters();
            if (parameters != null) {
                return LeapTls.fromSslContext(parameters.createSSLContext(context));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the lutron-leap TLS files: " + e.getMessage(), e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot set up lutron-leap TLS: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("lutron-leap needs a client identity: clientCertificate, clientKey and"
                                           + " bridgeCertificate (the PEM files pairing writes), or keyStore and"
                                           + " keyStorePassword, or sslContextParameters");
    }

    /**
     * Warns, once per file, about a private key (or a key store) that other users of the machine can read: it is the
     * bridge's trust in this client. Never refused: the owner may have reasons (a group the service runs in).
     */
    static void warnIfOthersCanRead(String uri) {
        String path = uri.startsWith("file:") ? uri.substring("file:".length()) : uri.contains(":") ? null : uri;
        if (path == null) {
            return;
        }
        Path file = Path.of(path).toAbsolutePath().normalize();
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if ((permissions.contains(PosixFilePermission.GROUP_READ)
                 || permissions.contains(PosixFilePermission.OTHERS_READ)) && WARNED_KEY_FILES.add(file)) {
                LOG.warn("The private key file {} can be read by other users ({}): chmod 600 it, as pairing writes it",
                        file, PosixFilePermissions.toString(permissions));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not there (reading it says so) or not a POSIX file system: nothing to tell
        }
    }

    private static InputStream resource(CamelContext context, String uri) throws IOException {
        return ResourceHelper.resolveMandatoryResourceAsInputStream(context, uri);
    }

    @Override
    public LeapConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LeapConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
