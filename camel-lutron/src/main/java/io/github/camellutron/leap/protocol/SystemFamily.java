package io.github.camellutron.leap.protocol;

import java.util.Locale;

/** The kind of Lutron system behind a LEAP connection, which decides how a client discovers it. */
public enum SystemFamily {
    /** Caseta Smart Bridge (also Pro) and RA2 Select: flat {@code /device}, {@code /button}, occupancy groups. */
    CASETA,
    /** RadioRA 3: areas, control stations and zones; {@code /device} answers 204. */
    RA3,
    /** HomeWorks QSX: discovered like RadioRA 3. */
    QSX,
    UNKNOWN;

    /**
     * The family for a project's {@code ProductType}: {@code Lutron Smart Bridge Project} and anything naming Caseta or
     * RA2 Select is CASETA, {@code Lutron RadioRA 3 Project} RA3, {@code Lutron HWQS Project} QSX; null or anything
     * else UNKNOWN.
     */
    public static SystemFamily of(String productType) {
        if (productType == null) {
            return UNKNOWN;
        }
        String p = productType.toLowerCase(Locale.ROOT).replace(" ", "");
        if (p.contains("hwqs") || p.contains("homeworks")) {
            return QSX;
        }
        if (p.contains("radiora3") || p.contains("ra3")) {
            return RA3;
        }
        if (p.contains("smartbridge") || p.contains("caseta") || p.contains("ra2select")) {
            return CASETA;
        }
        return UNKNOWN;
    }
}
