package org.takatuf.giving.internal;

import java.net.URI;

/**
 * The simulated gateway adapter, used when no Stripe secret key is configured (the embedded default, the
 * demo, the tests): the "hosted checkout page" is Takatuf's own {@code /payments/simulated/checkout/{session}},
 * where "pay" makes the signed events Stripe would send and hands them to the same webhook code
 * ({@link SimulatedCheckout}). No money moves and nothing leaves the machine.
 */
class SimulatedCardGateway implements CardGateway {

    static final String SESSION_PREFIX = "cs_sim_";

    @Override
    public Checkout createCheckout(CheckoutRequest request) {
        // one session per pledge, as Stripe's Idempotency-Key gives: the id follows from the pledge's
        String session = SESSION_PREFIX + request.pledgeId().toString().replace("-", "");
        return new Checkout(session, URI.create("/payments/simulated/checkout/" + session));
    }

    @Override
    public void cancelSubscription(String subscriptionId) {
        // nothing to stop: the simulated gateway bills no month by itself
    }
}
