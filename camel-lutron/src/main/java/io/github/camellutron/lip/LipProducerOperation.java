package io.github.camellutron.lip;

/** What a {@code lutron-lip} producer does with an exchange (ARCHITECTURE 3.3). */
public enum LipProducerOperation {
    goToLevel,
    raise,
    lower,
    stop,
    pressButton,
    pressAndHold,
    release,
    setLed,
    activateScene,
    read,
    catalog
}
