package org.takatuf.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokens extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByMemberIdOrderByCreatedAtDesc(UUID memberId);

    long countByMemberIdAndRevokedAtIsNull(UUID memberId);

    Optional<ApiToken> findByIdAndMemberId(UUID id, UUID memberId);

    /**
     * Records the use at most once a minute per token: an update on every request would make the token's
     * row a hot row (one write and one commit per API call) under load.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :oneMinuteAgo)")
    int markUsed(UUID id, Instant now, Instant oneMinuteAgo);
}
