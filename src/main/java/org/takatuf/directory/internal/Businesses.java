package org.takatuf.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Business pages by id and slug. */
public interface Businesses extends JpaRepository<Business, UUID> {

    Optional<Business> findBySlug(String slug);

    List<Business> findByOwnerIdOrderByCreatedAt(UUID ownerId);
}
