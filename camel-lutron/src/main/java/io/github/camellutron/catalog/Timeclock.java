package io.github.camellutron.catalog;

/** A LIP timeclock of the integration report, by integration id. */
public record Timeclock(int id, String name) {
}
