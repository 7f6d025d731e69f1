package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.takatuf.core.Money;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The real Stripe adapter against a local HTTP server standing in for api.stripe.com (the JDK's own
 * {@code com.sun.net.httpserver}; no network): the request's method, path, headers and form body as Stripe
 * documents them, and the session's id and page taken from Stripe's answer.
 */
class StripeGatewayHttpUnitTest {

    HttpServer server;
    final AtomicReference<HttpExchange> seen = new AtomicReference<>();
    final AtomicReference<String> body = new AtomicReference<>();
    volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.set(exchange);
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = (status == 200
                    ? "{\"id\":\"cs_test_a1\",\"object\":\"checkout.session\",\"url\":\"https://checkout.stripe.com/c/pay/cs_test_a1\"}"
                    : "{\"error\":{\"type\":\"invalid_request_error\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    StripeGateway gateway() {
        StripeSettings settings = new StripeSettings("sk_test_123", "whsec_x", "http://127.0.0.1:" + server.getAddress().getPort(), 300,
                new java.math.BigDecimal("2.9"), false);
        return new StripeGateway(settings, JsonMapper.builder().build());
    }

    static Map<String, String> decode(String form) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            map.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return map;
    }

    @Test
    void theCheckoutSessionIsAFormEncodedPostWithTheSecretKeyAndThePledgeAsIdempotencyKey() {
        UUID pledge = UUID.randomUUID();
        CardGateway.Checkout checkout = gateway().createCheckout(new CardGateway.CheckoutRequest(pledge, "شتاء أدفأ",
                Money.of("150", "SAR"), URI.create("https://takatuf.example/pledges/" + pledge + "/card/success"),
                URI.create("https://takatuf.example/pledges/" + pledge + "/card/cancel")));
        assertThat(checkout.sessionId()).isEqualTo("cs_test_a1");
        assertThat(checkout.url()).isEqualTo(URI.create("https://checkout.stripe.com/c/pay/cs_test_a1"));
        HttpExchange request = seen.get();
        assertThat(request.getRequestMethod()).isEqualTo("POST");
        assertThat(request.getRequestURI().getPath()).isEqualTo("/v1/checkout/sessions");
        assertThat(request.getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer sk_test_123");
        assertThat(request.getRequestHeaders().getFirst("Idempotency-Key")).isEqualTo("checkout-" + pledge);
        assertThat(request.getRequestHeaders().getFirst("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(decode(body.get())).containsEntry("mode", "payment").containsEntry("metadata[pledge_id]", pledge.toString())
                .containsEntry("client_reference_id", pledge.toString())
                .containsEntry("line_items[0][price_data][currency]", "sar")
                .containsEntry("line_items[0][price_data][unit_amount]", "15000")
                .containsEntry("line_items[0][price_data][product_data][name]", "شتاء أدفأ")
                .containsEntry("success_url", "https://takatuf.example/pledges/" + pledge + "/card/success");
    }

    @Test
    void stoppingAMonthlyGiftDeletesItsSubscription() {
        gateway().cancelSubscription("sub_1Abc");
        assertThat(seen.get().getRequestMethod()).isEqualTo("DELETE");
        assertThat(seen.get().getRequestURI().getPath()).isEqualTo("/v1/subscriptions/sub_1Abc");
        assertThat(seen.get().getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer sk_test_123");
    }

    @Test
    void anErrorFromStripeIsNotTakenForASession() {
        status = 402;
        assertThatThrownBy(() -> gateway().createCheckout(new CardGateway.CheckoutRequest(UUID.randomUUID(), "x", Money.of("1", "SAR"),
                URI.create("https://t.example/s"), URI.create("https://t.example/c")))).isInstanceOf(IllegalStateException.class);
    }
}
