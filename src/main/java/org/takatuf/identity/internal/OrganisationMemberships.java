package org.takatuf.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationMemberships extends JpaRepository<OrganisationMembership, OrganisationMembership.Key> {

    List<OrganisationMembership> findByMemberId(UUID memberId);

    List<OrganisationMembership> findByOrganisationIdOrderByJoinedAtAsc(UUID organisationId);

    Optional<OrganisationMembership> findByOrganisationIdAndMemberId(UUID organisationId, UUID memberId);
}
