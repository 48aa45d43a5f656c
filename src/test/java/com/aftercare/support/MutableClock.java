package com.aftercare.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test moves forward by hand: the service sees time pass without the test waiting. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClockView(this, zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** The same moving instant seen in another zone. */
    private static final class MutableClockView extends Clock {

        private final MutableClock source;
        private final ZoneId zone;

        MutableClockView(MutableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MutableClockView(source, zone);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
