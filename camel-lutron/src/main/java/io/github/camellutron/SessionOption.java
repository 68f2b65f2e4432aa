package io.github.camellutron;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An option that belongs to the bridge session rather than to one endpoint: every endpoint of the bridge runs with
 * the same value (ARCHITECTURE 3.4). It reads the value of a configuration and copies it into another.
 *
 * @param <G> the configuration it belongs to
 */
public final class SessionOption<G> {

    private final String name;
    private final Function<G, ?> getter;
    private final BiConsumer<G, G> copier;
    private final boolean secret;

    private <V> SessionOption(String name, Function<G, V> getter, BiConsumer<G, V> setter, boolean secret) {
        this.name = name;
        this.getter = getter;
        this.copier = (from, to) -> setter.accept(to, getter.apply(from));
        this.secret = secret;
    }

    public static <G, V> SessionOption<G> of(String name, Function<G, V> getter, BiConsumer<G, V> setter) {
        return new SessionOption<>(name, getter, setter, false);
    }

    /** An option whose value never appears in a message. */
    public static <G, V> SessionOption<G> secret(String name, Function<G, V> getter, BiConsumer<G, V> setter) {
        return new SessionOption<>(name, getter, setter, true);
    }

    public String name() {
        return name;
    }

    public Object value(G configuration) {
        return getter.apply(configuration);
    }

    public boolean sameValue(G a, G b) {
        return Objects.equals(value(a), value(b));
    }

    /** Sets this option of {@code to} to its value in {@code from}. */
    public void copy(G from, G to) {
        copier.accept(from, to);
    }

    /** The value as an error message may show it. */
    public String describe(G configuration) {
        Object value = value(configuration);
        return name + "=" + (secret ? "(hidden)" : value);
    }

    @Override
    public String toString() {
        return name;
    }
}
