package io.github.camellutron.leap.client;

/**
 * Which TLS engine a LEAP connection runs on. Both validate the same way (the bridge CA only, no host name check,
 * TLS 1.3 or 1.2); they differ in speed and in what they need on the class path. The constants are written as the
 * {@code tlsProvider} option takes them.
 */
public enum LeapTlsProvider {
    /** Netty's OpenSSL engine when it loads, else the JDK's. */
    auto,
    /** The JDK's JSSE engine, always there. */
    jdk,
    /** Netty's OpenSSL engine, which needs {@code io.netty:netty-tcnative-boringssl-static}; fails when it is missing. */
    openssl
}
