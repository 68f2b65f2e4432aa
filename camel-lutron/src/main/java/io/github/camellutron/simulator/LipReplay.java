package io.github.camellutron.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.camellutron.simulator.Recording.Entry;
import io.github.camellutron.simulator.Recording.Source;

/**
 * The bridge's side of a LIP recording, ready to play: the answer the bridge gave to each command, and the lines it
 * sent on its own. A client sends commands ahead of the answers and the bridge answers them in order, so a bridge line
 * answers the oldest unanswered command it reports on, by command word and first field ({@code ?OUTPUT,10,1} and
 * {@code #OUTPUT,10,1,50} are answered by {@code ~OUTPUT,10,1,...}, {@code ?SYSTEM,10} by {@code ~SYSTEM,10,...}), and an
 * {@code ~ERROR} answers the oldest unanswered command; every other line is an event. A command the recording has no
 * answer to is the simulator's own to execute.
 */
final class LipReplay {

    private final Map<String, List<String>> answers;
    private final List<Entry> events;

    private LipReplay(Map<String, List<String>> answers, List<Entry> events) {
        this.answers = answers;
        this.events = events;
    }

    static LipReplay of(Recording recording) {
        if (!recording.protocol().equals("lip")) {
            throw new IllegalArgumentException("A LIP simulator replays LIP recordings, not " + recording.protocol());
        }
        Map<String, List<String>> answers = new HashMap<>();
        List<Entry> events = new ArrayList<>();
        // a client writes several commands before the bridge answers the first; the bridge answers them in order
        Deque<String> unanswered = new ArrayDeque<>();
        for (Entry e : recording.entries()) {
            if (e.from() == Source.CLIENT) {
                unanswered.add(key(e.text()));
                continue;
            }
            String command = answered(unanswered, e.text());
            if (command == null) {
                events.add(e);
            } else {
                answers.putIfAbsent(command, List.of(e.text()));
            }
        }
        return new LipReplay(Map.copyOf(answers), List.copyOf(events));
    }

    /**
     * The command a bridge line answers, taken off the unanswered ones: the oldest it reports on, or for an
     * {@code ~ERROR} the oldest of all; null when it answers none (an event).
     */
    private static String answered(Deque<String> unanswered, String line) {
        boolean error = line.trim().toUpperCase(Locale.ROOT).startsWith("~ERROR");
        for (Iterator<String> i = unanswered.iterator(); i.hasNext();) {
            String command = i.next();
            if (error || answers(command, line)) {
                i.remove();
                return command;
            }
        }
        return null;
    }

    /** What the bridge answered to this command line, when the recording has it. */
    Optional<List<String>> answer(String command) {
        return Optional.ofNullable(answers.get(key(command)));
    }

    /** The lines the bridge sent on its own, in order. */
    List<Entry> events() {
        return events;
    }

    private static boolean answers(String command, String line) {
        String report = line.trim().toUpperCase(Locale.ROOT);
        String[] fields = command.substring(1).split(",", 3);
        String prefix = "~" + fields[0] + (fields.length > 1 ? "," + fields[1] : "");
        return report.equals(prefix) || report.startsWith(prefix + ",");
    }

    private static String key(String command) {
        return command.trim().toUpperCase(Locale.ROOT);
    }
}
