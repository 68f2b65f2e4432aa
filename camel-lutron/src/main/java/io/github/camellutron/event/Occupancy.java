package io.github.camellutron.event;

/** Occupancy of an area or occupancy group, as in the {@code CamelLutronOccupancy} header. */
public enum Occupancy {
    Occupied,
    Unoccupied,
    Unknown
}
