package org.takatuf.moderation.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of moderation, prefix {@code takatuf.moderation}.
 *
 * @param reportsPerPeriod    reports one member may send per {@code reportPeriod} (429 beyond)
 * @param reportPeriod        the period of that limit, refilled evenly
 * @param newAccountDays      an account younger than this many days that posts a link is held for review
 * @param repeatedTextTargets the same text by one author on this many different things within a day is held
 * @param heldWords           words (case-insensitive, Arabic folded) that hold a text for review
 */
@ConfigurationProperties("takatuf.moderation")
public record ModerationSettings(
        @DefaultValue("20") int reportsPerPeriod,
        @DefaultValue("1h") Duration reportPeriod,
        @DefaultValue("7") int newAccountDays,
        @DefaultValue("3") int repeatedTextTargets,
        @DefaultValue({"casino", "كازينو", "viagra", "قروض فورية"}) List<String> heldWords) {
}
