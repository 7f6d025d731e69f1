package org.takatuf.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** All organisations. */
public interface Organisations extends JpaRepository<Organisation, UUID>, JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Organisation> findByStatusOrderByVerifiedAtDesc(VerificationStatus status, Limit limit);

    List<Organisation> findAllByOrderByNameAsc();

    long countByStatus(VerificationStatus status);

    /** The cities organisations have named, for the list's filter. */
    @Query("select distinct o.city from Organisation o where o.city is not null order by o.city")
    List<String> findDistinctCities();
}
