package io.github.camellutron.lip.protocol;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/** Lookup tables from LIP numbers to the enum constants of this package. */
final class Codes {

    private Codes() {
    }

    /** An array indexed by code holding each constant at its code, null elsewhere. */
    static <E extends Enum<E>> E[] index(E[] values, ToIntFunction<E> code) {
        int max = 0;
        for (E e : values) {
            max = Math.max(max, code.applyAsInt(e));
        }
        E[] byCode = Arrays.copyOf(values, max + 1);
        Arrays.fill(byCode, null);
        for (E e : values) {
            byCode[code.applyAsInt(e)] = e;
        }
        return byCode;
    }

    static <E> E find(E[] byCode, int code) {
        return code >= 0 && code < byCode.length ? byCode[code] : null;
    }
}
