package org.takatuf.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All members. */
public interface Members extends JpaRepository<Member, UUID> {

    @Query("select m from Member m where lower(m.email) = lower(:email)")
    Optional<Member> findByEmail(String email);

    default Optional<Member> findById(MemberId id) {
        return findById(id.value());
    }
}
