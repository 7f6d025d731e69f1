package org.takatuf.giving.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe Checkout (https://docs.stripe.com/api/checkout/sessions/create): a form-encoded POST to
 * {@code /v1/checkout/sessions} with the secret key as bearer token and the pledge id as Stripe's own
 * Idempotency-Key, so that a retried creation never makes two sessions. The real call needs the
 * network and a key; the tests send it to a local HTTP server ({@code api-base}). Chosen by
 * {@link CardGatewayConfiguration} when a secret key is configured.
 */
class StripeGateway implements CardGateway {

    private final StripeSettings settings;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StripeGateway(StripeSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    /** The form parameters of the checkout session, in Stripe's bracket notation. */
    static Map<String, String> parameters(CheckoutRequest r) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("mode", r.monthly() ? "subscription" : "payment");
        p.put("client_reference_id", r.pledgeId().toString());
        p.put("metadata[pledge_id]", r.pledgeId().toString());
        if (r.monthly()) {
            p.put("metadata[recurring_id]", r.recurringId().toString());
            p.put("subscription_data[metadata][recurring_id]", r.recurringId().toString());
        } else {
            p.put("payment_intent_data[metadata][pledge_id]", r.pledgeId().toString());
        }
        p.put("line_items[0][quantity]", "1");
        p.put("line_items[0][price_data][currency]", r.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        p.put("line_items[0][price_data][unit_amount]", Long.toString(r.amount().minorUnits()));
        p.put("line_items[0][price_data][product_data][name]", r.description());
        if (r.monthly()) {
            p.put("line_items[0][price_data][recurring][interval]", "month");
        }
        p.put("success_url", r.successUrl().toString());
        p.put("cancel_url", r.cancelUrl().toString());
        return p;
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** {@code DELETE /v1/subscriptions/{id}}: the subscription ends now, no further invoice. */
    @Override
    public void cancelSubscription(String subscriptionId) {
        HttpRequest delete = HttpRequest.newBuilder(URI.create(settings.apiBase() + "/v1/subscriptions/"
                        + URLEncoder.encode(subscriptionId, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + settings.secretKey()).DELETE().build();
        try {
            HttpResponse<String> response = http.send(delete, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
                throw new IllegalStateException("Stripe answered " + response.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stripe is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public Checkout createCheckout(CheckoutRequest request) {
        if (!settings.checkoutEnabled()) {
            throw new IllegalStateException("Stripe is not configured");
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create(settings.apiBase() + "/v1/checkout/sessions"))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + settings.secretKey())
                .header("Idempotency-Key", "checkout-" + request.pledgeId())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters(request)))).build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Stripe answered " + response.statusCode());
            }
            JsonNode session = json.readTree(response.body());
            return new Checkout(session.get("id").asString(), URI.create(session.get("url").asString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stripe is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
