package org.takatuf.giving.internal;

import java.net.URI;

import org.takatuf.core.Money;

/** The payment-gateway port: a hosted checkout page for one card pledge. Stripe is the first adapter. */
public interface CardGateway {

    /** What to charge and where to send the donor back. */
    record CheckoutRequest(java.util.UUID pledgeId, String description, Money amount, URI successUrl, URI cancelUrl) {
    }

    /** A created checkout session: its id (matched again in webhooks) and the page to send the donor to. */
    record Checkout(String sessionId, URI url) {
    }

    Checkout createCheckout(CheckoutRequest request);
}
