package org.takatuf.campaigns.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;
import org.takatuf.core.i18n.Plurals;

/**
 * Live progress over Server-Sent Events: every second, for each campaign that has open pages, the
 * progress is read ONCE (from the tally rows, never per viewer) and sent to every page that watches it,
 * in the page's language, when it changed (and at least every 15 s, which keeps proxies from closing the
 * stream). One node keeps its own viewers; several nodes each read the shared tally the same way. The streams end
 * when the application stops, and the pages' {@code EventSource} connects again.
 */
@Component
class CampaignLive {

    static final long TIMEOUT_MS = 5 * 60_000L;

    private record Viewer(SseEmitter emitter, Locale locale) {
    }

    private record Watched(Campaign campaign, List<Viewer> viewers, String[] last, long[] lastSentAt) {
    }

    private final Map<CampaignId, Watched> watched = new ConcurrentHashMap<>();
    private final ObjectProvider<ProgressSource> progress;
    private final MessageSource messages;
    private final Plurals plurals;
    private final ApplicationContext context;

    CampaignLive(ObjectProvider<ProgressSource> progress, MessageSource messages, Plurals plurals,
                 ApplicationContext context) {
        this.progress = progress;
        this.messages = messages;
        this.plurals = plurals;
        this.context = context;
    }

    /**
     * Ends every open stream as the application stops, before the web server's graceful shutdown: a live page's request
     * never ends by itself, and the graceful shutdown waits for open requests. With one page open, stopping took 34.6 s
     * (the 30 s timeout of the shutdown phase), 2.6 s with the streams ended first; and the browser tests' JVM was killed
     * by Surefire before it had stopped its embedded PostgreSQL servers (docs/decisions.md).
     */
    @EventListener
    void endStreams(ContextClosedEvent closed) {
        if (closed.getApplicationContext() == context) {
            endStreams();
        }
    }

    void endStreams() {
        watched.values().forEach(w -> w.viewers().forEach(v -> v.emitter().complete()));
        watched.clear();
    }

    SseEmitter watch(Campaign campaign, Locale locale) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        Watched w = watched.computeIfAbsent(campaign.id(),
                id -> new Watched(campaign, new CopyOnWriteArrayList<>(), new String[1], new long[1]));
        Viewer viewer = new Viewer(emitter, locale);
        w.viewers().add(viewer);
        Runnable remove = () -> w.viewers().remove(viewer);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(campaign, viewer, current(campaign));
        return emitter;
    }

    private Progress current(Campaign campaign) {
        return CampaignController.progressOf(progress, List.of(campaign)).getOrDefault(campaign.id(), Progress.none(campaign.currency()));
    }

    @Scheduled(fixedDelayString = "${takatuf.campaigns.live.every:PT1S}")
    void broadcast() {
        long now = System.currentTimeMillis();
        watched.entrySet().removeIf(e -> e.getValue().viewers().isEmpty());
        if (watched.isEmpty()) {
            return;
        }
        List<Campaign> campaigns = watched.values().stream().map(Watched::campaign).toList();
        ProgressSource source = progress.getIfAvailable();
        Map<CampaignId, Progress> figures = source == null ? Map.of() : source.progress(campaigns);
        for (Watched w : watched.values()) {
            Progress p = figures.getOrDefault(w.campaign().id(), Progress.none(w.campaign().currency()));
            String fingerprint = p.pledged().minorUnits() + "/" + p.raised().minorUnits() + "/" + p.donors();
            if (Objects.equals(fingerprint, w.last()[0]) && now - w.lastSentAt()[0] < 15_000) {
                continue;
            }
            w.last()[0] = fingerprint;
            w.lastSentAt()[0] = now;
            w.viewers().forEach(v -> send(w.campaign(), v, p));
        }
    }

    private void send(Campaign c, Viewer v, Progress p) {
        Locale l = v.locale();
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("percent", p.percentOf(c.goal()));
        data.put("pledged", c.goal() == null ? "" : messages.getMessage("campaigns.progress.of",
                new Object[] {p.pledged().format(l), c.goal().format(l)}, l));
        data.put("raised", messages.getMessage("campaigns.progress.confirmed", new Object[] {p.raised().format(l)}, l));
        data.put("donors", plurals.message("campaigns.donors", l, p.donors()));
        try {
            v.emitter().send(SseEmitter.event().name("progress").data(data));
        } catch (IOException | IllegalStateException e) {
            v.emitter().completeWithError(e);
        }
    }
}
