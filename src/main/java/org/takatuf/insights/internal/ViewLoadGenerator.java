package org.takatuf.insights.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * For bench/insights.sh only (off unless {@code takatuf.insights.bench.views-per-second} is set): offers
 * that many synthetic views per second of one target to the {@link ViewRecorder}, paced every 10 ms, so
 * that the cost of recording (queue, background drain, batched inserts) can be measured against the
 * campaign page's latency without the cost of rendering 2,000 extra pages on two cores.
 */
@Component
@ConditionalOnProperty("takatuf.insights.bench.views-per-second")
class ViewLoadGenerator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewLoadGenerator.class);
    private static final String[] CHANNELS = {"direct", "whatsapp", "x", "telegram", "facebook"};

    private final ViewRecorder recorder;
    private final int perSecond;
    private final String target;
    private volatile boolean running;

    ViewLoadGenerator(ViewRecorder recorder, @Value("${takatuf.insights.bench.views-per-second}") int perSecond,
                      @Value("${takatuf.insights.bench.target}") UUID target) {
        this.recorder = recorder;
        this.perSecond = perSecond;
        this.target = target.toString();
    }

    private void loop() {
        long tick = TimeUnit.MILLISECONDS.toNanos(10);
        long next = System.nanoTime();
        double perTick = perSecond / 100.0;
        double owed = 0;
        long lastLog = System.nanoTime();
        while (running) {
            owed += perTick;
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (; owed >= 1; owed--) {
                recorder.record(new ViewRecorder.View(Instant.now(), "campaign", target, "benchVisitor" + random.nextInt(50_000),
                        random.nextBoolean(), CHANNELS[random.nextInt(CHANNELS.length)], "", null));
            }
            next += tick;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(10)) {
                lastLog = System.nanoTime();
                log.warn("insights bench: {}", recorder.stats());
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread.ofPlatform().daemon().name("insights-bench-views").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
