package org.takatuf.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificationRequests extends JpaRepository<VerificationRequest, UUID> {

    List<VerificationRequest> findByStatusOrderBySubmittedAtAsc(VerificationRequest.Status status);

    Optional<VerificationRequest> findFirstByOrganisationIdOrderBySubmittedAtDesc(UUID organisationId);
}
