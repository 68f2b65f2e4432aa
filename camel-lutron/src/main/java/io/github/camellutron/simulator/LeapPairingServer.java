package io.github.camellutron.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;

/**
 * The simulated bridge's LAP pairing listener (LEAP.md 4): TLS 1.2 with the bridge's server certificate, a client
 * certificate signed by the public LAP CA required, a status with the permissions on connect and after each simulated
 * button press, and CSRs signed by the bridge CA once the button was pressed. Its state lives on the simulator's
 * event loop.
 */
final class LeapPairingServer {

    /** The public LAP CA the "Caseta Application" identity chains to, as camel-lutron ships it. */
    static final String LAP_CA_RESOURCE = "/io/github/camellutron/leap/pairing/lap-ca.pem";
    /** Pairing messages are a few KiB; a CSR line longer than this is refused. */
    static final int MAX_LINE = 64 * 1024;
    /** How long a connection whose handshake failed stays open, so that the client reads the alert. */
    private static final Duration LINGER = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(LeapPairingServer.class);

    private final LeapCertificates certificates;
    private final String rootCertificatePem;
    private final SslContext sslContext;
    private final Set<LeapPairingSession> sessions = new LinkedHashSet<>();
    private volatile Channel server;

    /**
     * @param rootCertificate what the signing result returns as {@code RootCertificate}
     */
    LeapPairingServer(LeapCertificates certificates, X509Certificate rootCertificate) {
        this.certificates = certificates;
        this.rootCertificatePem = pem(rootCertificate);
        try {
            sslContext = SslContextBuilder.forServer(certificates.serverKey(), certificates.serverChain())
                    .sslProvider(SslProvider.JDK)
                    .trustManager(lapCa())
                    .clientAuth(ClientAuth.REQUIRE)
                    .protocols("TLSv1.2")
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("Cannot make the simulated bridge's pairing TLS context", e);
        }
    }

    /** Listens on the simulator's event loop. */
    void start(EventLoop loop, String host, int port) {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loop, loop)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new LingerAfterHandshakeFailure(),
                                sslContext.newHandler(channel.alloc()),
                                new LineBasedFrameDecoder(MAX_LINE, true, false),
                                new StringDecoder(StandardCharsets.UTF_8),
                                new LeapPairingSession(LeapPairingServer.this));
                    }
                });
        ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("LEAP bridge simulator cannot listen for pairing on " + host + ":" + port,
                    bound.cause());
        }
        server = bound.channel();
    }

    /** The bound port, or -1 before {@link #start}. */
    int port() {
        Channel s = server;
        return s == null ? -1 : ((InetSocketAddress) s.localAddress()).getPort();
    }

    /** The button: every pairing session open now gets {@code PhysicalAccess} and a status saying so. */
    void press() {
        LOG.info("Pairing button pressed ({} pairing connection(s))", sessions.size());
        for (LeapPairingSession session : new ArrayList<>(sessions)) {
            session.grantPhysicalAccess();
        }
    }

    void secured(LeapPairingSession session) {
        sessions.add(session);
    }

    void closed(LeapPairingSession session) {
        sessions.remove(session);
    }

    /** Closes the pairing connections and stops listening; call on the event loop. */
    void close() {
        new ArrayList<>(sessions).forEach(LeapPairingSession::close);
        Channel s = server;
        if (s != null) {
            s.close();
        }
    }

    /**
     * Checks a CSR's signature and signs its key with the bridge CA.
     *
     * @return the certificate as PEM
     * @throws IllegalArgumentException when the CSR is not a PEM PKCS#10 request with a valid signature and a CN
     */
    String sign(String csrPem, String deviceUid, String displayName) {
        JcaPKCS10CertificationRequest csr;
        try (PemReader reader = new PemReader(new StringReader(csrPem))) {
            PemObject object = reader.readPemObject();
            if (object == null || !object.getType().equals("CERTIFICATE REQUEST")) {
                throw new IllegalArgumentException("the CSR is not a PEM CERTIFICATE REQUEST");
            }
            csr = new JcaPKCS10CertificationRequest(object.getContent());
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo()))) {
                throw new IllegalArgumentException("the CSR's signature is not valid");
            }
            RDN[] cn = csr.getSubject().getRDNs(BCStyle.CN);
            if (cn.length == 0) {
                throw new IllegalArgumentException("the CSR's subject has no CN");
            }
            PublicKey key = csr.getPublicKey();
            X509Certificate certificate = certificates.signPairingRequest(key,
                    IETFUtils.valueToString(cn[0].getFirst().getValue()), deviceUid, displayName);
            return pem(certificate);
        } catch (IOException e) {
            throw new IllegalArgumentException("the CSR is not readable: " + e.getMessage(), e);
        } catch (OperatorCreationException | PKCSException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the CSR cannot be checked: " + e.getMessage(), e);
        }
    }

    /** The signing result's {@code RootCertificate}, as PEM. */
    String rootCertificatePem() {
        return rootCertificatePem;
    }

    /**
     * Keeps a connection open for a moment after a failed handshake, instead of the immediate close of Netty's
     * SslHandler: a client still sending its last handshake messages would otherwise get a connection reset before it
     * reads the alert, and could not tell a refused certificate from a network failure.
     */
    private static final class LingerAfterHandshakeFailure extends ChannelOutboundHandlerAdapter {

        private boolean lingering;

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            SslHandler ssl = ctx.pipeline().get(SslHandler.class);
            if (lingering || ssl == null || ssl.handshakeFuture().isSuccess()) {
                if (!lingering) {
                    ctx.close(promise);
                }
                return;
            }
            lingering = true;
            // unread input would make the close a reset: stop reading, and close once the client had time to read
            ctx.channel().config().setAutoRead(false);
            ctx.executor().schedule(() -> ctx.close(promise), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static X509Certificate lapCa() {
        try (InputStream in = LeapPairingServer.class.getResourceAsStream(LAP_CA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The camel-lutron jar lacks " + LAP_CA_RESOURCE);
            }
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LAP_CA_RESOURCE, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + LAP_CA_RESOURCE, e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return LeapCertificates.pem("CERTIFICATE", certificate.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode a certificate", e);
        }
    }
}
