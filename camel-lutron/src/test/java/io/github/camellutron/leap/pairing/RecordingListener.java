package io.github.camellutron.leap.pairing;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Records what a pairing reports, as short strings such as {@code waiting 180} or {@code verified 1.123}. */
final class RecordingListener implements PairingListener {

    private static final Pattern COMMON_NAME = Pattern.compile("(?:^|,)CN=([^,]*)");

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Duration> countdown = new CopyOnWriteArrayList<>();

    @Override
    public void connected(PairingTrust trust) {
        events.add("connected " + trust);
    }

    @Override
    public void waitingForButton(Duration remaining) {
        countdown.add(remaining);
        events.add("waiting " + remaining.toSeconds());
    }

    @Override
    public void buttonPressed() {
        events.add("pressed");
    }

    @Override
    public void csrSent() {
        events.add("csr sent");
    }

    @Override
    public void certificateReceived(X509Certificate certificate) {
        Matcher cn = COMMON_NAME.matcher(certificate.getSubjectX500Principal().getName());
        events.add("certificate CN=" + (cn.find() ? cn.group(1) : "?"));
    }

    @Override
    public void verified(double leapVersion) {
        events.add("verified " + leapVersion);
    }

    boolean waiting() {
        return !countdown.isEmpty();
    }
}
