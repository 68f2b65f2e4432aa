package io.github.camellutron.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellutron.simulator.Recording.Entry;
import io.github.camellutron.simulator.Recording.Source;

/**
 * The bridge's side of a LEAP recording, ready to play. Requests and answers pair up by their ClientTag: a request of
 * the same CommuniqueType, URL and body is answered as recorded, with the asker's tag. Messages the bridge sent with
 * the tag of a subscription are that subscription's events, replayed to a session subscribed to the same URL with its
 * tag; untagged messages are replayed as they are.
 */
final class LeapReplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event of the recording; {@code subscription} is the URL it was sent for, null when it was untagged. */
    record Event(long offsetMillis, String subscription, String json) {
    }

    private final Map<String, String> answers;
    private final List<Event> events;

    private LeapReplay(Map<String, String> answers, List<Event> events) {
        this.answers = answers;
        this.events = events;
    }

    static LeapReplay of(Recording recording) {
        if (!recording.protocol().equals("leap")) {
            throw new IllegalArgumentException("A LEAP simulator replays LEAP recordings, not " + recording.protocol());
        }
        Map<String, String> requestsByTag = new HashMap<>();
        Map<String, String> subscriptionsByTag = new HashMap<>();
        Map<String, String> answers = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (Entry e : recording.entries()) {
            JsonNode message = tree(e.text());
            if (message == null) {
                continue;
            }
            String tag = message.path("Header").path("ClientTag").asText(null);
            if (e.from() == Source.CLIENT) {
                if (tag != null) {
                    requestsByTag.put(tag, key(message));
                    if ("SubscribeRequest".equals(message.path("CommuniqueType").asText())) {
                        subscriptionsByTag.put(tag, message.path("Header").path("Url").asText());
                    }
                }
                continue;
            }
            String request = tag != null ? requestsByTag.remove(tag) : null;
            if (request != null) {
                answers.putIfAbsent(request, e.text());
            } else if (tag == null) {
                events.add(new Event(e.offsetMillis(), null, e.text()));
            } else if (subscriptionsByTag.containsKey(tag)) {
                events.add(new Event(e.offsetMillis(), subscriptionsByTag.get(tag), e.text()));
            }
        }
        return new LeapReplay(Map.copyOf(answers), List.copyOf(events));
    }

    /** The recorded answer to a request line, with the request's tag, when the recording has one. */
    Optional<String> answer(String requestLine) {
        JsonNode request = tree(requestLine);
        if (request == null) {
            return Optional.empty();
        }
        String recorded = answers.get(key(request));
        String tag = request.path("Header").path("ClientTag").asText(null);
        return recorded == null ? Optional.empty() : Optional.of(tagged(recorded, tag));
    }

    /** A player of the events to one session, started once its TLS handshake is done. */
    Player player(LeapSession session) {
        return new Player(session);
    }

    /**
     * Plays the events to one session, each at its recorded offset from the session's start, or all at once in
     * order: a subscription's events wait until the session subscribes to its URL, and then keep their order.
     */
    final class Player {

        private final LeapSession session;
        private final Map<String, ArrayDeque<Event>> waiting = new HashMap<>();
        private final List<ScheduledFuture<?>> timers = new ArrayList<>();

        private Player(LeapSession session) {
            this.session = session;
        }

        void start(ScheduledExecutorService loop, boolean asFastAsPossible) {
            for (Event e : events) {
                timers.add(loop.schedule(() -> due(e), asFastAsPossible ? 0 : e.offsetMillis(), TimeUnit.MILLISECONDS));
            }
        }

        /** The session closed: nothing more is played to it. */
        void stop() {
            timers.forEach(t -> t.cancel(false));
            timers.clear();
        }

        /** The session subscribed to a URL: its events that were due go out now. */
        void subscribed(String url) {
            ArrayDeque<Event> due = waiting.remove(url);
            if (due != null) {
                due.forEach(this::send);
            }
        }

        private void due(Event e) {
            if (e.subscription() == null) {
                session.send(e.json());
            } else if (!waiting.containsKey(e.subscription()) && session.subscribed(e.subscription())) {
                send(e);
            } else {
                waiting.computeIfAbsent(e.subscription(), url -> new ArrayDeque<>()).add(e);
            }
        }

        private void send(Event e) {
            session.send(tagged(e.json(), session.subscriptionTag(e.subscription())));
        }
    }

    /** The message with this ClientTag, or none when {@code tag} is null. */
    static String tagged(String json, String tag) {
        ObjectNode message = (ObjectNode) tree(json);
        ObjectNode header = message.withObjectProperty("Header");
        if (tag == null) {
            header.remove("ClientTag");
        } else {
            header.put("ClientTag", tag);
        }
        return message.toString();
    }

    /** What makes two requests the same: their type, URL, page (a paged read asks once per page) and body. */
    private static String key(JsonNode request) {
        JsonNode body = request.get("Body");
        JsonNode paging = request.path("Header").get("Paging");
        return request.path("CommuniqueType").asText() + " " + request.path("Header").path("Url").asText()
               + (paging == null ? "" : " " + paging) + (body == null ? "" : " " + body);
    }

    private static JsonNode tree(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
