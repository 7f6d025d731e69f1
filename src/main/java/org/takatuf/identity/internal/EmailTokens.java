package org.takatuf.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EmailTokens extends JpaRepository<EmailToken, String> {

    @Modifying
    @Query("update EmailToken t set t.usedAt = :now where t.memberId = :member and t.purpose = :purpose and t.usedAt is null")
    int retireAll(UUID member, EmailToken.Purpose purpose, Instant now);
}
