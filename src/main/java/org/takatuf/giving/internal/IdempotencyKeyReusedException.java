package org.takatuf.giving.internal;

import org.takatuf.core.UserInputException;

/** The same Idempotency-Key came with another request: 422, as Stripe answers. */
public class IdempotencyKeyReusedException extends UserInputException {
    public IdempotencyKeyReusedException() {
        super("giving.idempotency.key-reused");
    }
}
