package org.takatuf.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** All organisations. */
public interface Organisations extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Organisation> findByStatusOrderByVerifiedAtDesc(VerificationStatus status, Limit limit);

    List<Organisation> findAllByOrderByNameAsc();

    long countByStatus(VerificationStatus status);
}
