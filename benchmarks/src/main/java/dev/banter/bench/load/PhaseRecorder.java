package dev.banter.bench.load;

import dev.banter.api.handler.Outcome;
import dev.banter.bench.load.Results.Gc;
import dev.banter.bench.load.Results.KindStats;
import dev.banter.bench.load.Results.Latency;
import dev.banter.bench.load.Results.Phase;
import dev.banter.bench.load.Results.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * The bookkeeping of one phase: a daemon ticker takes the interval histograms once a second into the timeline (and
 * the progress line), and {@link #finish} adds the rest and turns it all into a {@link Phase}. Counters are read as
 * differences from their values when the phase started.
 */
final class PhaseRecorder {

    private final String label;
    private final double rate;
    private final Probe probe;
    private final GcWatch gc;
    private final @Nullable Progress progress;
    private final String scenario;
    private final long start;
    private final long sent0;
    private final long completed0;
    private final long failures0;
    private final long actions0;
    private final long[] kindSent0 = new long[EventKind.count()];
    private final long[][] status0 = new long[EventKind.count()][Probe.STATUSES.length];
    private final Histogram outcomes = new Histogram(3);
    private final Histogram actions = new Histogram(3);
    private final Histogram lag = new Histogram(3);
    private final Histogram pauses = new Histogram(3);
    private final List<Point> timeline = new ArrayList<>();
    private final ScheduledExecutorService ticker;
    private long lastTick;
    private long lastSent;
    private long lastCompleted;
    private long sendingEnded;
    private final long generator;
    private final CpuSplit.Reading cpu0;

    PhaseRecorder(String label, double rate, Probe probe, GcWatch gc, @Nullable Progress progress, String scenario) {
        this.label = label;
        this.rate = rate;
        this.probe = probe;
        this.gc = gc;
        this.progress = progress;
        this.scenario = scenario;
        probe.resetIntervals();
        gc.reset();
        for (EventKind k : EventKind.values()) {
            kindSent0[k.ordinal()] = probe.sent(k);
            for (Outcome.Status s : Probe.STATUSES) {
                status0[k.ordinal()][s.ordinal()] = probe.status(k, s);
            }
        }
        generator = CpuSplit.currentThreadId();
        cpu0 = CpuSplit.read(generator);
        sent0 = probe.sentTotal();
        completed0 = probe.completed();
        failures0 = probe.failures();
        actions0 = probe.actions();
        lastSent = sent0;
        lastCompleted = completed0;
        start = System.nanoTime();
        lastTick = start;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loadtest-ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    long start() {
        return start;
    }

    private synchronized void tick() {
        long now = System.nanoTime();
        Histogram o = probe.outcomeInterval();
        outcomes.add(o);
        actions.add(probe.actionInterval());
        lag.add(probe.lagInterval());
        Histogram p = gc.pauseInterval();
        pauses.add(p);
        long sent = probe.sentTotal();
        long completed = probe.completed();
        double seconds = Math.max(1e-3, (now - lastTick) / 1e9);
        Point point = new Point(
                Math.round((now - start) / 1e8) / 10.0,
                Math.round((sent - lastSent) / seconds),
                Math.round((completed - lastCompleted) / seconds),
                Results.ms(o.getValueAtPercentile(50)),
                Results.ms(o.getValueAtPercentile(99)),
                Results.ms(o.getMaxValue()),
                gc.heapUsed() >> 20,
                p.getTotalCount(),
                p.getTotalCount() == 0 ? 0 : p.getMean() * p.getTotalCount() / 1e3);
        timeline.add(point);
        lastTick = now;
        lastSent = sent;
        lastCompleted = completed;
        if (progress != null) {
            progress.tick(scenario, label, point, sent - completed);
        }
    }

    /** Called when the generator stops sending, before waiting for the outcomes. */
    void sendingEnded() {
        sendingEnded = System.nanoTime();
    }

    /** Stops the ticker, takes the last partial second and builds the phase. */
    Phase finish(boolean drained) {
        long end = System.nanoTime();
        if (sendingEnded == 0) {
            sendingEnded = end;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tick();
        Map<String, KindStats> kinds = new LinkedHashMap<>();
        for (EventKind k : EventKind.values()) {
            long sentK = probe.sent(k) - kindSent0[k.ordinal()];
            Map<String, Long> statuses = new LinkedHashMap<>();
            for (Outcome.Status s : Probe.STATUSES) {
                long n = probe.status(k, s) - status0[k.ordinal()][s.ordinal()];
                if (n > 0) {
                    statuses.put(s.name().toLowerCase(Locale.ROOT), n);
                }
            }
            Histogram latency = probe.kindInterval(k);
            if (sentK > 0) {
                kinds.put(k.wireName(), new KindStats(sentK, statuses, Latency.of(latency)));
            }
        }
        long sent = probe.sentTotal() - sent0;
        long completed = probe.completed() - completed0;
        double sending = Math.max(1e-3, (sendingEnded - start) / 1e9);
        double total = Math.max(1e-3, (end - start) / 1e9);
        long failures = probe.failures() - failures0 + (drained ? 0 : sent - completed);
        return new Phase(
                label,
                rate,
                sending,
                sent,
                completed,
                sent / sending,
                completed / total,
                failures,
                probe.actions() - actions0,
                Latency.of(outcomes),
                Latency.of(actions),
                Latency.of(lag),
                kinds,
                List.copyOf(timeline),
                Results.curve(outcomes),
                gcOf(),
                gc.maxHeapUsed() >> 20,
                CpuSplit.cores(cpu0, CpuSplit.read(generator)));
    }

    private Gc gcOf() {
        long n = pauses.getTotalCount();
        return new Gc(
                n,
                n == 0 ? 0 : pauses.getMean() * n / 1e3,
                pauses.getMaxValue() / 1e3,
                pauses.getValueAtPercentile(99) / 1e3,
                gc.concurrentCycles());
    }
}
