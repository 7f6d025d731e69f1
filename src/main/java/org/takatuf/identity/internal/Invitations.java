package org.takatuf.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Invitations extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByOrganisationIdAndAcceptedAtIsNullOrderByCreatedAtDesc(UUID organisationId);

    List<Invitation> findByOrganisationIdAndAcceptedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(UUID organisationId,
            java.time.Instant now);
}
