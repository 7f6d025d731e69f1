package org.takatuf.insights.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.insights.internal.InsightsQueries;
import org.takatuf.insights.internal.InsightsQueries.Count;
import org.takatuf.insights.internal.InsightsQueries.Scope;
import org.takatuf.insights.internal.InsightsQueries.Target;
import org.takatuf.insights.internal.SvgChart;
import org.takatuf.core.text.Csv;

/** An organisation's insights, for its members only (others 403; an unknown organisation 404). */
@Controller
class InsightsController {

    static final List<Integer> PERIODS = List.of(7, 30, 90);
    private static final Set<String> TYPES = Set.of("campaign", "opportunity");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d/M", Locale.ROOT);

    private final OrganisationManagement organisations;
    private final InsightsQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    InsightsController(OrganisationManagement organisations, InsightsQueries queries, MessageSource messages, Clock clock) {
        this.organisations = organisations;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/organisations/{slug}/insights")
    String page(@PathVariable String slug, @RequestParam(required = false) @Nullable String days,
                @RequestParam(required = false) @Nullable String target, @AuthenticationPrincipal CurrentMember me, Model model,
                Locale locale) {
        Organisation organisation = forMember(slug, me);
        Period period = period(days);
        List<Target> targets = queries.targets(organisation.getId());
        Target selected = selected(target, targets);
        model.addAttribute("organisation", organisation);
        model.addAttribute("targets", targets);
        fill(model, organisation.getName(), "/organisations/" + organisation.getSlug(),
                new Scope(organisation.getId(), selected, period.from(), period.to()), period, locale);
        if (selected == null) {
            model.addAttribute("perTarget", queries.perTarget(organisation.getId(), period.from(), period.to()));
        }
        return "insights/page";
    }

    /**
     * A complaint's insights, for its author: complaints belong to no organisation, so the member who filed it
     * is the one who needs to know what the campaign around it brings (others 403; an unknown complaint 404).
     */
    @GetMapping("/complaints/{id}/insights")
    String complaint(@PathVariable UUID id, @RequestParam(required = false) @Nullable String days,
                     @AuthenticationPrincipal CurrentMember me, Model model, Locale locale) {
        Target complaint = complaintForAuthor(id, me);
        Period period = period(days);
        model.addAttribute("targets", List.of());
        fill(model, complaint.title(), "/complaints/" + id, new Scope(null, complaint, period.from(), period.to()), period, locale);
        return "insights/page";
    }

    /**
     * The page's figures for a scope, and where it belongs: {@code ownerUrl} is the organisation's or the
     * complaint's page; the insights page and its CSV are under it.
     */
    private void fill(Model model, String ownerName, String ownerUrl, Scope scope, Period period, Locale locale) {
        model.addAttribute("ownerName", ownerName);
        model.addAttribute("ownerUrl", ownerUrl);
        model.addAttribute("insightsUrl", ownerUrl + "/insights");
        model.addAttribute("csvUrl", ownerUrl + "/insights.csv");
        boolean rtl = "ar".equals(locale.getLanguage());
        List<InsightsQueries.Day> series = queries.days(scope);
        List<Count> channels = queries.channels(scope);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("days", period.days());
        model.addAttribute("from", scope.from());
        model.addAttribute("to", scope.to());
        model.addAttribute("selected", scope.target());
        model.addAttribute("funnel", queries.funnel(scope));
        model.addAttribute("series", series);
        model.addAttribute("seriesChart", SvgChart.bars(series.stream()
                .map(d -> new SvgChart.Bar(SHORT_DAY.format(d.day()), d.views())).toList(), rtl));
        model.addAttribute("channels", channels);
        model.addAttribute("channelsChart", SvgChart.bars(channels.stream()
                .map(c -> new SvgChart.Bar(channel(c.name(), locale), c.value())).toList(), rtl));
        model.addAttribute("ambassadors", queries.ambassadors(scope));
        model.addAttribute("pledgesByReferral", queries.pledgesByReferral(scope));
        model.addAttribute("cities", queries.cities(scope));
        model.addAttribute("kinds", queries.newAndReturning(scope));
        model.addAttribute("minGroup", InsightsQueries.MIN_GROUP);
    }

    @GetMapping("/organisations/{slug}/insights.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(required = false) @Nullable String days,
                               @AuthenticationPrincipal CurrentMember me, Locale locale) {
        Organisation organisation = forMember(slug, me);
        Period period = period(days);
        return csv(queries.rows(organisation.getId(), period.from(), period.to()),
                "insights-" + organisation.getSlug() + "-" + period.days() + ".csv", locale);
    }

    @GetMapping("/complaints/{id}/insights.csv")
    ResponseEntity<byte[]> complaintCsv(@PathVariable UUID id, @RequestParam(required = false) @Nullable String days,
                                        @AuthenticationPrincipal CurrentMember me, Locale locale) {
        Target complaint = complaintForAuthor(id, me);
        Period period = period(days);
        return csv(queries.rows(complaint, period.from(), period.to()), "insights-complaint-" + period.days() + ".csv", locale);
    }

    private ResponseEntity<byte[]> csv(List<InsightsQueries.Row> rows, String filename, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            Csv.line(out, text("insights.csv.day", locale), text("insights.csv.type", locale), text("insights.csv.title", locale),
                    text("insights.csv.channel", locale), text("insights.csv.ambassador", locale), text("insights.metric.views", locale),
                    text("insights.metric.visitors", locale), text("insights.metric.comments", locale),
                    text("insights.metric.follows", locale), text("insights.metric.pledges", locale),
                    text("insights.metric.signups", locale), text("insights.metric.supporters", locale));
            for (InsightsQueries.Row r : rows) {
                Csv.line(out, r.day().toString(), text("insights.type." + r.type(), locale), r.title(),
                        r.channel().isEmpty() ? "" : channel(r.channel(), locale), r.ambassador(), Long.toString(r.views()),
                        Long.toString(r.visitors()), Long.toString(r.comments()), Long.toString(r.follows()),
                        Long.toString(r.pledges()), Long.toString(r.signups()), Long.toString(r.supporters()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes.toByteArray());
    }

    private Target complaintForAuthor(UUID id, @Nullable CurrentMember me) {
        InsightsQueries.Owned complaint = queries.complaint(id).orElseThrow(() -> new NotFoundException("complaint"));
        if (me == null || !complaint.owner().equals(me.uuid())) {
            throw new AccessDeniedException("insights");
        }
        return complaint.target();
    }

    private Organisation forMember(String slug, CurrentMember me) {
        if (slug == null || slug.length() > 120) {
            throw new NotFoundException("organisation");
        }
        Organisation organisation = organisations.bySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        if (me == null || !organisations.isMember(me.id(), organisation.organisationId())) {
            throw new AccessDeniedException("insights");
        }
        return organisation;
    }

    /** The days shown: the last {@code days} UTC days, today included. */
    record Period(int days, LocalDate from, LocalDate to) {
    }

    private Period period(@Nullable String days) {
        int n = days(days);
        LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new Period(n, to.minusDays(n - 1L), to);
    }

    private static int days(@Nullable String days) {
        if (days == null || days.isBlank()) {
            return 30;
        }
        try {
            int n = Integer.parseInt(days.strip());
            if (PERIODS.contains(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UserInputException("insights.days.invalid");
    }

    private static @Nullable Target selected(@Nullable String key, List<Target> targets) {
        if (key == null || key.isBlank()) {
            return null;
        }
        int colon = key.indexOf(':');
        if (colon < 0 || !TYPES.contains(key.substring(0, colon))) {
            throw new UserInputException("insights.target.invalid");
        }
        UUID id;
        try {
            id = UUID.fromString(key.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("insights.target.invalid");
        }
        return targets.stream().filter(t -> t.type().equals(key.substring(0, colon)) && t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("insights-target"));
    }

    private String channel(String code, Locale locale) {
        return messages.getMessage("channel." + code, null, code, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
