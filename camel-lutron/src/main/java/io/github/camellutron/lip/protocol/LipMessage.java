package io.github.camellutron.lip.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One LIP line as an immutable value: operation, command word and the comma separated fields after it
 * ({@code ~OUTPUT,2,1,75.00} is REPORT, OUTPUT, [2, 1, 75.00]). Parsing is tolerant of what bridges
 * really send; building validates so that nothing can smuggle a second command into a line.
 */
public final class LipMessage {

    // QSE> is what QS Standalone interfaces (QSE-CI-NWK-E) print; seen glued in front of reports like GNET>.
    private static final String[] PROMPTS = { "GNET>", "QNET>", "SAFE>", "QSE>" };

    // the known command words: a parsed line names its family with these constants instead of a new string
    private static final String[] WORDS = Arrays.stream(LipCommandType.values()).map(Enum::name)
            .toArray(String[]::new);

    private final LipOperation operation;
    private final String command;
    // a parsed line keeps its text and where each field is; the field strings are made when someone asks for them
    private final String source;
    private final int[] bounds;
    private volatile List<String> fields;

    private LipMessage(LipOperation operation, String command, List<String> fields) {
        this.operation = operation;
        this.command = command;
        this.source = null;
        this.bounds = null;
        this.fields = fields;
    }

    private LipMessage(LipOperation operation, String command, String source, int[] bounds) {
        this.operation = operation;
        this.command = command;
        this.source = source;
        this.bounds = bounds;
    }

    /**
     * Builds a message, validating every part.
     *
     * @param  fields                   each is formatted with {@code String.valueOf}; none may contain a comma, CR,
     *                                  LF or another control character
     * @throws IllegalArgumentException when a part is not valid LIP
     */
    public static LipMessage of(LipOperation operation, String command, Object... fields) {
        if (operation == null) {
            throw new IllegalArgumentException("LIP operation is required");
        }
        String word = checkCommand(command);
        List<String> values = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                throw new IllegalArgumentException("LIP field " + i + " of " + word + " must not be null");
            }
            values.add(checkField(String.valueOf(fields[i])));
        }
        return new LipMessage(operation, word, Collections.unmodifiableList(values));
    }

    public static LipMessage execute(String command, Object... fields) {
        return of(LipOperation.EXECUTE, command, fields);
    }

    public static LipMessage query(String command, Object... fields) {
        return of(LipOperation.QUERY, command, fields);
    }

    public static LipMessage report(String command, Object... fields) {
        return of(LipOperation.REPORT, command, fields);
    }

    /**
     * Parses one line as received, with or without its line ending. Prompts glued in front
     * ({@code GNET> ~OUTPUT,...}), surrounding white space and a lower-case command word are accepted; any other
     * control character is not.
     *
     * @return the message, or null when the line holds nothing but white space or prompts
     * @throws LipParseException when the line is not LIP
     */
    public static LipMessage parse(CharSequence line) {
        int end = trimmedEnd(line);
        int start = skipPrompts(line, 0, end);
        if (start >= end) {
            return null;
        }
        LipOperation op = LipOperation.of(line.charAt(start));
        if (op == null) {
            throw new LipParseException("Not a LIP line (must start with #, ? or ~): " + quote(line));
        }
        int i = start + 1;
        int wordStart = i;
        while (i < end && line.charAt(i) != ',') {
            char c = line.charAt(i);
            if (!isLetter(c)) {
                throw new LipParseException("Invalid character in LIP command word: " + quote(line));
            }
            i++;
        }
        if (i == wordStart) {
            throw new LipParseException("LIP line has no command word: " + quote(line));
        }
        String word = knownWord(line, wordStart, i);
        if (word == null) {
            word = line.subSequence(wordStart, i).toString().toUpperCase(Locale.ROOT);
        }
        if (i == end) {
            return new LipMessage(op, word, List.of());
        }
        int count = 1;
        for (int j = i + 1; j < end; j++) {
            char c = line.charAt(j);
            if (c == ',') {
                count++;
            } else if (isControl(c)) {
                throw new LipParseException("Control character in LIP line: " + quote(line));
            }
        }
        int[] bounds = new int[count * 2];
        int fieldStart = i + 1;
        int k = 0;
        for (int j = fieldStart; j <= end; j++) {
            if (j == end || line.charAt(j) == ',') {
                bounds[k++] = fieldStart;
                bounds[k++] = j;
                fieldStart = j + 1;
            }
        }
        return new LipMessage(op, word, line.toString(), bounds);
    }

    /** The constant for a known command word in any case, or null. */
    private static String knownWord(CharSequence line, int start, int end) {
        int length = end - start;
        for (String w : WORDS) {
            if (w.length() == length && regionMatchesIgnoreCase(line, start, w)) {
                return w;
            }
        }
        return null;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence s, int at, String upper) {
        for (int k = 0; k < upper.length(); k++) {
            char c = s.charAt(at + k);
            if (c != upper.charAt(k) && (c < 'a' || c > 'z' || c - 32 != upper.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first character after any prompts and white space from {@code from}. */
    static int skipPrompts(CharSequence line, int from, int end) {
        int i = from;
        boolean more = true;
        while (more) {
            more = false;
            while (i < end && isWhitespace(line.charAt(i))) {
                i++;
            }
            for (String p : PROMPTS) {
                if (regionMatches(line, i, end, p)) {
                    i += p.length();
                    more = true;
                    break;
                }
            }
        }
        return i;
    }

    /** True when the text (a partial line) is only a bridge prompt, which bridges send without a line end. */
    public static boolean isPrompt(CharSequence text) {
        int end = trimmedEnd(text);
        return end > 0 && skipPrompts(text, 0, end) == end;
    }

    private static int trimmedEnd(CharSequence line) {
        int end = line.length();
        while (end > 0 && isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isControl(char c) {
        return c < ' ' || c == 0x7f;
    }

    private static boolean regionMatches(CharSequence s, int at, int end, String what) {
        if (end - at < what.length()) {
            return false;
        }
        for (int k = 0; k < what.length(); k++) {
            if (s.charAt(at + k) != what.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String checkCommand(String command) {
        if (command == null || command.isEmpty()) {
            throw new IllegalArgumentException("LIP command word is required");
        }
        for (int i = 0; i < command.length(); i++) {
            if (!isLetter(command.charAt(i))) {
                throw new IllegalArgumentException("LIP command word must be letters only: " + quote(command));
            }
        }
        return command.toUpperCase(Locale.ROOT);
    }

    private static String checkField(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',') {
                throw new IllegalArgumentException("LIP field must not contain a comma: " + quote(value));
            }
            if (isControl(c)) {
                throw new IllegalArgumentException("LIP field must not contain CR, LF or control characters: "
                                                   + quote(value));
            }
        }
        return value;
    }

    static String quote(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < ' ' || c > '~') {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (s.length() > 200) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }

    public LipOperation operation() {
        return operation;
    }

    /** The command word, upper case ({@code OUTPUT}, {@code DEVICE}, ...). */
    public String command() {
        return command;
    }

    /** The known command family, or null for a word this library has no meaning for. */
    public LipCommandType commandType() {
        return LipCommandType.of(command);
    }

    public List<String> fields() {
        List<String> f = fields;
        if (f == null) {
            String[] values = new String[bounds.length / 2];
            for (int i = 0; i < values.length; i++) {
                values[i] = source.substring(bounds[2 * i], bounds[2 * i + 1]);
            }
            // immutable, with a final array inside: safe to publish without a lock
            f = List.of(values);
            fields = f;
        }
        return f;
    }

    public int fieldCount() {
        return bounds != null ? bounds.length / 2 : fields.size();
    }

    public String field(int index) {
        return index < fieldCount() ? fields().get(index) : null;
    }

    /** The field as an int; throws {@link LipParseException} naming the line when absent or not a number. */
    public int intField(int index) {
        if (index >= fieldCount()) {
            throw new LipParseException("LIP line has no field " + index + ": " + quote(toString()));
        }
        try {
            if (bounds != null) {
                // read in place: no string for a field that is only a number
                return Integer.parseInt(source, bounds[2 * index], bounds[2 * index + 1], 10);
            }
            return Integer.parseInt(fields.get(index));
        } catch (NumberFormatException e) {
            throw new LipParseException("LIP field " + index + " is not an integer: " + quote(toString()));
        }
    }

    /** The field as a level, as {@link LipLevel#parse} reads it; throws {@link LipParseException} when it is none. */
    public double levelField(int index) {
        if (index >= fieldCount()) {
            throw new LipParseException("LIP line has no field " + index + ": " + quote(toString()));
        }
        if (bounds != null) {
            return LipLevel.parse(source, bounds[2 * index], bounds[2 * index + 1]);
        }
        return LipLevel.parse(fields.get(index));
    }

    /** The field as a double; throws {@link LipParseException} naming the line when absent or not a number. */
    public double doubleField(int index) {
        String f = field(index);
        if (f == null) {
            throw new LipParseException("LIP line has no field " + index + ": " + quote(toString()));
        }
        try {
            return Double.parseDouble(f);
        } catch (NumberFormatException e) {
            throw new LipParseException("LIP field " + index + " is not a number: " + quote(toString()));
        }
    }

    /** The integration id (first field) of commands that address an object. */
    public int integrationId() {
        return intField(0);
    }

    public boolean is(LipOperation op, LipCommandType type) {
        return operation == op && type.name().equals(command);
    }

    /** The line as sent on the wire, without the line ending. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(command.length() + 1 + fieldCount() * 4);
        sb.append(operation.symbol()).append(command);
        for (String f : fields()) {
            sb.append(',').append(f);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LipMessage m && m.operation == operation && m.command.equals(command)
                && m.fields().equals(fields());
    }

    @Override
    public int hashCode() {
        return (operation.hashCode() * 31 + command.hashCode()) * 31 + fields().hashCode();
    }
}
