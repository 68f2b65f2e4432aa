package io.github.camellutron.leap.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The window's bookkeeping on its own, with requests the test answers by hand: the bound and the order, every way a
 * request can end giving its place back, and what happens to the queue once the connection attempt is over.
 */
class RequestWindowTest {

    private final List<CompletableFuture<String>> sent = new ArrayList<>();
    private boolean current = true;
    private final RequestWindow window = new RequestWindow(2, () -> current,
            () -> new IllegalStateException("attempt over"));

    private CompletableFuture<String> submit() {
        return window.submit(() -> {
            CompletableFuture<String> answer = new CompletableFuture<>();
            sent.add(answer);
            return answer;
        });
    }

    @Test
    void atMostTheSizeGoOutAndTheRestFollowInOrderAsAnswersComeBack() {
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(submit());
        }
        assertThat(sent).hasSize(2);
        assertThat(window.waiting()).isEqualTo(3);
        sent.get(1).complete("b");
        assertThat(results.get(1)).isCompletedWithValue("b");
        assertThat(sent).hasSize(3);
        // an error answer and a timeout give the place back as an answer does
        sent.get(0).completeExceptionally(new IllegalArgumentException("404"));
        assertThat(results.get(0)).isCompletedExceptionally();
        sent.get(2).completeExceptionally(new RuntimeException("timeout"));
        assertThat(sent).hasSize(5);
        assertThat(window.inFlight()).isEqualTo(2);
        sent.get(3).complete("d");
        sent.get(4).complete("e");
        assertThat(window.inFlight()).isZero();
        assertThat(results.get(4)).isCompletedWithValue("e");
    }

    @Test
    void requestsSubmittedFromAnAnswerQueueBehindTheOthers() {
        CompletableFuture<String> first = submit();
        submit();
        List<CompletableFuture<String>> followUps = new ArrayList<>();
        first.thenRun(() -> followUps.add(submit()));
        CompletableFuture<String> queued = submit();
        sent.get(0).complete("a");
        // the place went to the one that waited, the follow-up waits behind it
        assertThat(sent).hasSize(3);
        assertThat(window.waiting()).isEqualTo(1);
        sent.get(2).complete("c");
        assertThat(queued).isCompletedWithValue("c");
        assertThat(sent).hasSize(4);
        assertThat(followUps).hasSize(1);
    }

    @Test
    void onceTheAttemptIsOverNothingMoreGoesOutAndWhatWaitedFails() {
        CompletableFuture<String> inFlight = submit();
        submit();
        CompletableFuture<String> waiting = submit();
        current = false;
        sent.get(0).completeExceptionally(new IllegalStateException("link lost"));
        assertThat(inFlight).isCompletedExceptionally();
        assertThat(waiting).isCompletedExceptionally();
        assertThatThrownBy(waiting::join).isInstanceOf(CompletionException.class).hasMessageContaining("attempt over");
        assertThat(submit()).isCompletedExceptionally();
        assertThat(sent).hasSize(2);
    }

    @Test
    void sendsThatFailAtOnceDoNotDeepenTheStack() {
        RequestWindow failing = new RequestWindow(1, () -> true, IllegalStateException::new);
        CompletableFuture<String> blocker = new CompletableFuture<>();
        failing.submit(() -> blocker);
        IllegalStateException noChannel = new IllegalStateException("no channel");
        List<CompletableFuture<String>> results = new ArrayList<>();
        // deep enough to overflow the stack if each failure started the next from inside the last
        for (int i = 0; i < 20_000; i++) {
            results.add(failing.submit(() -> CompletableFuture.failedFuture(noChannel)));
        }
        blocker.complete("done");
        assertThat(results).allMatch(CompletableFuture::isCompletedExceptionally);
        assertThat(failing.inFlight()).isZero();
    }

    @Test
    void aWindowHasRoomForOneRequestAtLeast() {
        assertThatThrownBy(() -> new RequestWindow(0, () -> true, IllegalStateException::new))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
