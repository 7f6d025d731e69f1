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

    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
    int markUsed(UUID id, Instant now);
}
