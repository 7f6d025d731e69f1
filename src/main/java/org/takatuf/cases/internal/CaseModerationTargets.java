package org.takatuf.cases.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.moderation.ModerationTargets;

/**
 * A published case summary can be reported (for instance when it exposes a beneficiary); a moderator's hide
 * unpublishes it, a restore publishes it again if the case may still be published. Nothing but the public
 * summary is ever shown to moderators here. A summary has no single author to tell (the organisation wrote it).
 */
@Component
class CaseModerationTargets implements ModerationTargets {

    private static final Logger log = LoggerFactory.getLogger(CaseModerationTargets.class);

    private final CaseReports cases;
    private final Clock clock;

    CaseModerationTargets(CaseReports cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of("case");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Described> describe(String type, UUID id) {
        return cases.findById(id).filter(c -> c.getPublicSummary() != null && c.getAnonymisedAt() == null)
                .map(c -> new Described(shorten(c.getPublicSummary()), "/cases/" + c.getId(), null, c.getReportedAt(), !c.isPublished()));
    }

    @Override
    @Transactional
    public void hide(String type, UUID id, String reason) {
        cases.findById(id).ifPresent(c -> c.unpublish(clock.instant()));
    }

    @Override
    @Transactional
    public void restore(String type, UUID id) {
        cases.findById(id).ifPresent(c -> {
            try {
                c.publish(c.getPublicSummary(), clock.instant());
            } catch (IllegalStateException e) {
                // closed or without consent meanwhile: it stays unpublished
                log.info("A restored case summary could not be published again: {}", e.getMessage());
            }
        });
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
