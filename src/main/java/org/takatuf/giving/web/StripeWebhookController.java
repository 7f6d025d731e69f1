package org.takatuf.giving.web;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.giving.internal.StripeWebhooks;

import io.swagger.v3.oas.annotations.Hidden;

/** Stripe's webhook endpoint: authenticated by the payload's signature, not by a session or a token. */
@RestController
@Hidden
class StripeWebhookController {

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(value = "/api/v1/payments/stripe/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> receive(@RequestBody String payload,
                                @RequestHeader(value = "Stripe-Signature", required = false) String signature) {
        return Map.of("received", true, "result", webhooks.receive(payload, signature).name());
    }
}
