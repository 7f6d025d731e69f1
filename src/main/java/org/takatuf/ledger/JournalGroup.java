package org.takatuf.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A balanced set of postings that happen together. {@code reference} is unique in the whole journal
 * (for example {@code pledge/<id>/confirmed}) so that posting the same thing twice records it once.
 * {@code description} is public (what was bought, which pledge); it never names a beneficiary.
 * {@code receipt} is the stored name of the receipt file of a disbursement.
 */
public record JournalGroup(String reference, GroupKind kind, String description, String receipt, List<Posting> postings) {

    public JournalGroup {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new UnbalancedGroupException(reference);
        }
        Map<java.util.Currency, Long> sums = new HashMap<>();
        for (Posting p : postings) {
            sums.merge(p.amount().currency(), p.amount().minorUnits(), Math::addExact);
        }
        if (sums.values().stream().anyMatch(sum -> sum != 0)) {
            throw new UnbalancedGroupException(reference);
        }
        if (kind == GroupKind.DISBURSEMENT && (receipt == null || receipt.isBlank())) {
            throw new IllegalArgumentException("a disbursement needs a receipt");
        }
    }

    /** Thrown for a group whose postings do not sum to zero in each currency. */
    public static final class UnbalancedGroupException extends IllegalArgumentException {
        public UnbalancedGroupException(String reference) {
            super("ledger group " + reference + " is not balanced");
        }
    }
}
