package org.takatuf.ledger;

/** Something the integrity check found wrong; {@code subject} names the group, entry or account. */
public record IntegrityProblem(Kind kind, String subject) {

    /** The invariants that the check verifies. */
    public enum Kind {
        UNBALANCED_GROUP,
        EMPTY_GROUP,
        ORPHAN_ENTRY,
        CURRENCY_MISMATCH,
        TOTALS_DIFFER_FROM_SUMS,
        BALANCE_DIFFERS_FROM_ENTRIES
    }
}
