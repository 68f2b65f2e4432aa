package io.github.camellutron;

import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.event.LutronEvent;
import org.apache.camel.Converter;

/** Lets routes read events and catalogs as JSON text, e.g. to send them to Kafka with no extra step. */
@Converter(generateLoader = true)
public final class LutronConverter {

    private LutronConverter() {
    }

    @Converter
    public static String eventToString(LutronEvent event) {
        return LutronJson.toJson(event);
    }

    @Converter
    public static String catalogToString(LutronCatalog catalog) {
        return LutronJson.toJson(catalog);
    }
}
