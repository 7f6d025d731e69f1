package org.takatuf.trust.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.takatuf.core.i18n.Plurals;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationPageSection;

/**
 * The two parts trust adds to an organisation's page: the public signals, each with the one line that
 * says how it is measured, and, for the organisation's own members, the checklist that ticks itself.
 */
@Component
class TrustSections implements OrganisationPageSection {

    /** Below this many data points a median or a share says more about chance than about the organisation. */
    static final int ENOUGH = 3;
    /** The guide's advice: answer within a day. */
    static final Duration QUICK_REPLY = Duration.ofHours(24);
    /** The guide's advice on a campaign story: a few paragraphs, with a photo. */
    static final int GOOD_STORY = 400;

    private final TrustFigures figures;
    private final Plurals plurals;
    private final Clock clock;

    TrustSections(TrustFigures figures, Plurals plurals, Optional<Clock> clock) {
        this.figures = figures;
        this.plurals = plurals;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One measured signal: its name, its value (or "not enough data yet") and how it is computed. */
    public record Signal(String id, String label, String value, boolean measured, String how) {
    }

    /** One checklist item: done or not, and the guide section that explains it. */
    public record Item(String id, String text, boolean done, String anchor) {
    }

    @Override
    public Optional<Section> section(Organisation organisation, boolean member) {
        Locale locale = LocaleContextHolder.getLocale();
        UUID id = organisation.organisationId().value();
        TrustFigures.Replies replies = figures.replies(id);
        TrustFigures.Share reported = figures.reportedBack(id);
        TrustFigures.Share cases = figures.casesClosedWithOutcome(id);

        List<Signal> signals = new ArrayList<>();
        signals.add(replies.answers() >= ENOUGH
                ? signal("reply", duration(replies.median(), locale) + " · " + plurals.format("trust.based-on-answers", locale, replies.answers()), true, locale)
                : signal("reply", plurals.format("trust.not-enough", locale), false, locale));
        signals.add(reported.of() >= 1
                ? signal("reported", share(reported, "trust.of-campaigns", locale), true, locale)
                : signal("reported", plurals.format("trust.not-enough", locale), false, locale));
        signals.add(cases.of() >= ENOUGH
                ? signal("cases", share(cases, "trust.of-cases", locale), true, locale)
                : signal("cases", plurals.format("trust.not-enough", locale), false, locale));
        signals.add(signal("verified", organisation.isVerified()
                ? plurals.format("trust.verified.yes", locale) : plurals.format("trust.verified.no", locale), true, locale));
        signals.add(signal("age", age(organisation, locale), true, locale));

        Map<String, Object> model = new java.util.HashMap<>();
        model.put("signals", signals);
        model.put("member", member);
        if (member) {
            TrustFigures.Content content = figures.content(id, GOOD_STORY);
            List<Item> items = List.of(
                    item("verified", organisation.isVerified(), "verification", locale),
                    item("story", content.goodStory(), "story", locale),
                    item("reply", replies.answers() > 0 && replies.median().compareTo(QUICK_REPLY) <= 0, "answer", locale),
                    item("reported", reported.of() > 0 && reported.done() == reported.of(), "report", locale),
                    item("hashtag", content.hashtag(), "hashtags", locale),
                    item("frame", figures.frames(id) > 0, "frames", locale),
                    item("cases", cases.done() > 0, "outcomes", locale));
            model.put("items", items);
            model.put("done", items.stream().filter(Item::done).count());
        }
        return Optional.of(new Section("trust/sections", "trust", 10, model));
    }

    private Signal signal(String id, String value, boolean measured, Locale locale) {
        return new Signal(id, plurals.format("trust.signal." + id, locale), value, measured,
                plurals.format("trust.signal." + id + ".how", locale));
    }

    private Item item(String id, boolean done, String anchor, Locale locale) {
        return new Item(id, plurals.format("trust.check." + id, locale), done, anchor);
    }

    private String share(TrustFigures.Share share, String key, Locale locale) {
        long percent = Math.round(100.0 * share.done() / share.of());
        return plurals.format(key, locale, share.done(), share.of(), percent);
    }

    private String duration(Duration median, Locale locale) {
        if (median.toMinutes() < 60) {
            return plurals.format("trust.minutes", locale, Math.max(1, median.toMinutes()));
        }
        if (median.toHours() < 48) {
            return plurals.format("trust.hours", locale, median.toHours());
        }
        return plurals.format("trust.days", locale, median.toDays());
    }

    private String age(Organisation organisation, Locale locale) {
        LocalDate since = organisation.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Period period = Period.between(since, LocalDate.now(clock));
        if (period.toTotalMonths() >= 12) {
            return plurals.format("trust.years", locale, period.getYears());
        }
        if (period.toTotalMonths() >= 1) {
            return plurals.format("trust.months", locale, period.toTotalMonths());
        }
        return plurals.format("trust.days", locale, Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(since, LocalDate.now(clock))));
    }
}
