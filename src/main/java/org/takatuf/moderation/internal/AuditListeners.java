package org.takatuf.moderation.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.takatuf.core.moderation.ProtectedDataOpened;
import org.takatuf.identity.MemberAdministered;
import org.takatuf.identity.MemberDisabled;
import org.takatuf.identity.OrganisationRejected;
import org.takatuf.identity.OrganisationVerified;

/**
 * Writes to the audit log what other modules decide or open: organisation verification decisions, account
 * suspensions, openings of protected data. Each runs in its own transaction after the deciding one commits
 * (Spring Modulith's registry re-delivers an event whose listener failed).
 */
@Component
class AuditListeners {

    private final AuditLog audit;

    AuditListeners(AuditLog audit) {
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(OrganisationVerified e) {
        audit.record(e.decidedBy().value(), "organisation.verified", "organisation", e.organisation().value().toString(), "");
    }

    @ApplicationModuleListener
    void on(OrganisationRejected e) {
        audit.record(e.decidedBy().value(), "organisation.rejected", "organisation", e.organisation().value().toString(),
                e.reason() == null ? "" : e.reason());
    }

    @ApplicationModuleListener
    void on(MemberDisabled e) {
        audit.record(null, "member.suspended", "member", e.member().value().toString(), "");
    }

    @ApplicationModuleListener
    void on(MemberAdministered e) {
        audit.record(e.admin().value(), "member." + e.action(), "member", e.member().value().toString(), "");
    }

    @ApplicationModuleListener
    void on(ProtectedDataOpened e) {
        audit.recordAt(e.member(), "protected.opened", e.kind(), e.subject().toString(),
                (e.organisation() == null ? "" : "organisation=" + e.organisation() + " ") + e.reason(), e.openedAt());
    }
}
