package org.takatuf.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All members. */
public interface Members extends JpaRepository<Member, UUID> {

    @Query("select m from Member m where lower(m.email) = lower(:email)")
    Optional<Member> findByEmail(String email);

    /** Administration: members whose name or e-mail contains {@code text} (any case), newest first. */
    @Query("select m from Member m where :text = '' or lower(m.email) like lower(concat('%', :text, '%'))"
            + " or lower(m.displayName) like lower(concat('%', :text, '%')) order by m.createdAt desc")
    org.springframework.data.domain.Page<Member> search(String text, org.springframework.data.domain.Pageable page);

    default Optional<Member> findById(MemberId id) {
        return findById(id.value());
    }
}
