package io.github.camellutron.leap.pairing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.github.camellutron.simulator.LeapBridgeSimulator;

/**
 * The simulated Caseta bridge with its pairing port open, for the tests of a class that take a
 * {@link LeapBridgeSimulator} parameter: one bridge for the whole class, started before its first test and closed
 * after its last, as a real bridge stays up from one pairing to the next.
 */
final class PairingSimulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PairingSimulatorExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(LeapBridgeSimulator.class,
                LeapBridgeSimulator.builder().pairingPort(0).build().start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        context.getStore(NAMESPACE).remove(LeapBridgeSimulator.class, LeapBridgeSimulator.class).close();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LeapBridgeSimulator.class;
    }

    @Override
    public LeapBridgeSimulator resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(LeapBridgeSimulator.class, LeapBridgeSimulator.class);
    }
}
