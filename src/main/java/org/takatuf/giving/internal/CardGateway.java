package org.takatuf.giving.internal;

import java.net.URI;

import org.takatuf.core.Money;

/** The payment-gateway port: a hosted checkout page for one card pledge. Stripe is the first adapter. */
public interface CardGateway {

    /** What to charge and where to send the donor back. */
    record CheckoutRequest(java.util.UUID pledgeId, String description, Money amount, URI successUrl, URI cancelUrl,
                           java.util.UUID recurringId) {

        public CheckoutRequest(java.util.UUID pledgeId, String description, Money amount, URI successUrl, URI cancelUrl) {
            this(pledgeId, description, amount, successUrl, cancelUrl, null);
        }

        /** A monthly gift: a subscription-mode session whose first invoice pays this pledge. */
        public boolean monthly() {
            return recurringId != null;
        }
    }

    /** A created checkout session: its id (matched again in webhooks) and the page to send the donor to. */
    record Checkout(String sessionId, URI url) {
    }

    Checkout createCheckout(CheckoutRequest request);

    /** Stops a monthly gift's subscription at the gateway. */
    void cancelSubscription(String subscriptionId);
}
