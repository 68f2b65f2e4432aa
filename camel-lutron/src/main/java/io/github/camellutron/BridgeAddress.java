package io.github.camellutron;

/** The {@code host[:port]} part of an endpoint URI; IPv6 literals go in brackets. */
public record BridgeAddress(String host, int port) {

    public static BridgeAddress parse(String scheme, String remaining, int defaultPort) {
        String address = remaining.startsWith("//") ? remaining.substring(2) : remaining;
        int slash = address.indexOf('/');
        if (slash >= 0) {
            address = address.substring(0, slash);
        }
        String host = address;
        String port = null;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed [ in " + scheme + ":" + remaining);
            }
            host = address.substring(1, close);
            if (address.startsWith(":", close + 1)) {
                port = address.substring(close + 2);
            }
        } else {
            int colon = address.indexOf(':');
            if (colon >= 0 && colon == address.lastIndexOf(':')) {
                host = address.substring(0, colon);
                port = address.substring(colon + 1);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException(scheme + " needs a host: " + scheme + ":host[:port]");
        }
        if (port == null) {
            return new BridgeAddress(host, defaultPort);
        }
        try {
            return new BridgeAddress(host, Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port '" + port + "' of " + scheme + ":" + remaining + " is not a number");
        }
    }
}
