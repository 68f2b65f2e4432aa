package io.github.camellutron.leap;

/** What a {@code lutron-leap} producer does with an exchange (ARCHITECTURE 3.3). */
public enum LeapProducerOperation {
    goToLevel,
    goToDimmedLevel,
    goToSwitchedLevel,
    goToFanSpeed,
    goToTilt,
    goToWhiteTuning,
    goToSpectrumTuning,
    raise,
    lower,
    stop,
    pressButton,
    pressAndHold,
    release,
    setLed,
    activateScene,
    read,
    subscribe,
    request,
    catalog,
    readBattery,
    setSmartAway
}
