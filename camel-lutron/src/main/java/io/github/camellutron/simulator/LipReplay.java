package io.github.camellutron.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.camellutron.simulator.Recording.Entry;
import io.github.camellutron.simulator.Recording.Source;

/**
 * The bridge's side of a LIP recording, ready to play: the answer the bridge gave to each command, and the lines it
 * sent on its own. The first line the bridge sent after a command, before the client's next one, is that command's
 * answer when it reports the same command word and first field ({@code ?OUTPUT,10,1} is answered by {@code ~OUTPUT,10,1,...},
 * {@code #MONITORING,5,1} by {@code ~MONITORING,5,1}) or is an {@code ~ERROR}; every other line is an event.
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
        String command = null;
        List<String> answer = null;
        for (Entry e : recording.entries()) {
            if (e.from() == Source.CLIENT) {
                command = key(e.text());
                answer = answers.containsKey(command) ? null : new ArrayList<>();
                if (answer != null) {
                    answers.put(command, answer);
                }
            } else if (command != null && answers(command, e.text())) {
                if (answer != null) {
                    answer.add(e.text());
                }
                // one line answers a command; what follows, even of the same zone, the bridge sent on its own
                command = null;
            } else {
                events.add(e);
            }
        }
        answers.replaceAll((c, lines) -> List.copyOf(lines));
        return new LipReplay(Map.copyOf(answers), List.copyOf(events));
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
        if (report.startsWith("~ERROR")) {
            return true;
        }
        String[] fields = command.substring(1).split(",", 3);
        String prefix = "~" + fields[0] + (fields.length > 1 ? "," + fields[1] : "");
        return report.equals(prefix) || report.startsWith(prefix + ",");
    }

    private static String key(String command) {
        return command.trim().toUpperCase(Locale.ROOT);
    }
}
