package io.github.camellutron.catalog;

/**
 * A room or other named place of a Lutron project; {@code parentId} is the enclosing area's id, or null
 * for a top-level area. For LIP the id is the area's integration id, which is also its GROUP id.
 */
public record Area(int id, String name, Integer parentId) {
}
