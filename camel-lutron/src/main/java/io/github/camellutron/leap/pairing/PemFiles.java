package io.github.camellutron.leap.pairing;

import java.nio.file.Path;

/** The three files {@link PairingResult#writePem(Path)} wrote: what the lutron-leap endpoint's options point at. */
public record PemFiles(Path clientKey, Path clientCertificate, Path bridgeCertificate) {
}
