package org.takatuf.exchange.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Listings by id. */
public interface Listings extends JpaRepository<Listing, UUID> {

    Optional<Listing> findByClientToken(String clientToken);
}
