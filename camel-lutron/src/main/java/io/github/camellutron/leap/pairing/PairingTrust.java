package io.github.camellutron.leap.pairing;

/** Which trust anchor validated the bridge's certificate on the pairing port, a first hint at the kind of system. */
public enum PairingTrust {
    /** The LAP CA: a Caseta or RA2 Select Smart Bridge. */
    LAP_CA,
    /**
     * The processor root ({@code lutron-root}), tried when the LAP CA failed: a RadioRA 3 or HomeWorks QSX processor.
     * The bridge CA of the result is then the processor root, as pylutron-caseta does.
     */
    PROCESSOR_ROOT
}
