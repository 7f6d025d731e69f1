package org.takatuf.exchange.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five kinds of listing. An ask of a thing matches offers of things, an ask of a service offers of services. */
public enum ListingKind {
    OFFER_THING, ASK_THING, OFFER_SERVICE, ASK_SERVICE, JOB;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "exchange.kind." + key();
    }

    public static Optional<ListingKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    public boolean isAsk() {
        return this == ASK_THING || this == ASK_SERVICE;
    }

    public boolean isThing() {
        return this == OFFER_THING || this == ASK_THING;
    }

    /** The kind on the other side of a match, if this kind is matched at all (jobs are not). */
    public Optional<ListingKind> counterpart() {
        return Optional.ofNullable(switch (this) {
            case OFFER_THING -> ASK_THING;
            case ASK_THING -> OFFER_THING;
            case OFFER_SERVICE -> ASK_SERVICE;
            case ASK_SERVICE -> OFFER_SERVICE;
            case JOB -> null;
        });
    }

    /** Whether the owner of a listing of this kind is the one who gives (the other side receives). */
    public boolean ownerGives() {
        return this == OFFER_THING || this == OFFER_SERVICE;
    }
}
