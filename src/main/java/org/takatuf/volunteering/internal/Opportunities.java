package org.takatuf.volunteering.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** All opportunities. */
public interface Opportunities extends JpaRepository<Opportunity, UUID> {

    List<Opportunity> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);
}
