package io.github.camellutron.examples;

/**
 * A bridge the example routes work with: a short name for APIs and tables ({@code lip}, {@code leap}, or one
 * the user chose) and the Camel endpoint URI that reaches it, for consuming events and sending commands alike.
 */
public record BridgeEndpoint(String name, String uri) {
}
