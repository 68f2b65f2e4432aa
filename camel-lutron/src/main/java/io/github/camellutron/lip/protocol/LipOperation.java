package io.github.camellutron.lip.protocol;

/** The character that starts every LIP line: execute, query, or a report from the bridge. */
public enum LipOperation {
    EXECUTE('#'),
    QUERY('?'),
    REPORT('~');

    private final char symbol;

    LipOperation(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    /** The operation a line starts with, or null when the character starts none. */
    public static LipOperation of(char c) {
        return switch (c) {
            case '#' -> EXECUTE;
            case '?' -> QUERY;
            case '~' -> REPORT;
            default -> null;
        };
    }
}
