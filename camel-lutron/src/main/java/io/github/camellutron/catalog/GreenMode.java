package io.github.camellutron.catalog;

/** A LIP green mode of the integration report, by integration id. */
public record GreenMode(int id, String name) {
}
