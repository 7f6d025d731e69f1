package org.takatuf.giving.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.IdempotencyKeyReusedException;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.giving.internal.RecurringGifts;
import org.takatuf.identity.LeanApiRoute;
import org.takatuf.identity.MemberId;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/campaigns/{id}/pledges}: one implementation behind both ways a call arrives, the lean lane
 * (this class as a {@link LeanApiRoute}: the ordinary bearer-token call of a viral moment) and the full stack
 * ({@link PledgeApiController}: everything else). Both give the same statuses, headers and bodies; the lean lane
 * turns the failures into the same JSON answers as the site's error handling and {@link GivingErrors}.
 */
@Component
class PledgeApi implements LeanApiRoute {

    private static final String PREFIX = "/api/v1/campaigns/";
    private static final String SUFFIX = "/pledges";
    private static final int UUID_LENGTH = 36;

    /**
     * A pledge request: {@code amount} as a decimal string in the campaign's currency, or an item and quantity.
     * {@code monthly: true} (BANK_TRANSFER or CARD) starts a monthly gift whose first month is this pledge.
     */
    record PledgeBody(PledgeMethod method, String amount, UUID itemId, Integer quantity, Boolean anonymous, String message,
                      String referral, Boolean monthly) {
    }

    /** A stored pledge's answer: 201, its JSON, whether it is a replay, and the monthly gift it starts, if any. */
    record Created(Giving.Answer answer, UUID recurringGift) {

        String location() {
            return "/pledges/" + answer.pledgeId();
        }
    }

    private final Giving giving;
    private final RecurringGifts recurring;
    private final JsonMapper json;
    private final MessageSource messages;

    PledgeApi(Giving giving, RecurringGifts recurring, JsonMapper json, MessageSource messages) {
        this.giving = giving;
        this.recurring = recurring;
        this.json = json;
        this.messages = messages;
    }

    /** Makes the pledge (or starts the monthly gift) once per member and key. */
    Created pledge(MemberId member, UUID campaign, String key, PledgeBody body) {
        PledgeRequest request = new PledgeRequest(campaign, body.method(), body.amount(), body.itemId(), body.quantity(),
                Boolean.TRUE.equals(body.anonymous()), body.message(), body.referral());
        if (Boolean.TRUE.equals(body.monthly())) {
            // the donor stops it at /me/giving (POST /me/giving/recurring/{id}/cancel)
            return new Created(recurring.start(member, key, request), RecurringGifts.giftId(member, key));
        }
        return new Created(giving.pledge(member, key, request), null);
    }

    @Override
    public String name() {
        return "POST /api/v1/campaigns/{id}/pledges";
    }

    @Override
    public boolean answers(String method, String path) {
        return "POST".equals(method) && campaignIn(path) != null;
    }

    /**
     * The campaign of {@code /api/v1/campaigns/{id}/pledges} with the id in its canonical form (8-4-4-4-12 ASCII hex
     * digits), or {@code null} for any other path. Compared character by character: the regular expression it replaces
     * was, with the write limits' one, 3.5 % of the pledge path's CPU (docs/performance.md, "Runs 15–16").
     */
    static UUID campaignIn(String path) {
        if (path.length() != PREFIX.length() + UUID_LENGTH + SUFFIX.length() || !path.startsWith(PREFIX)
                || !path.endsWith(SUFFIX)) {
            return null;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = path.charAt(PREFIX.length() + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !HexFormat.isHexDigit(c)) {
                return null;
            }
        }
        return UUID.fromString(path.substring(PREFIX.length(), PREFIX.length() + UUID_LENGTH));
    }

    @Override
    public void answer(Call call) throws IOException {
        HttpServletResponse response = call.response();
        // the path as the lane matched it: without the context path, if the application runs under one
        String uri = call.request().getRequestURI();
        UUID campaign = campaignIn(uri.substring(call.request().getContextPath().length()));
        if (campaign == null) {
            throw new IllegalStateException("the lean lane handed over another path: " + uri);
        }
        Created created;
        try {
            PledgeBody body = json.readValue(call.body(), PledgeBody.class);
            if (body == null) {
                throw new IllegalArgumentException("no body");
            }
            created = pledge(call.member().id(), campaign,
                    call.request().getHeader("Idempotency-Key"), body);
        } catch (JacksonException e) {
            refuse(new IllegalArgumentException("unreadable body", e), call.locale(), response);
            return;
        } catch (RuntimeException e) {
            refuse(e, call.locale(), response);
            return;
        }
        response.setStatus(HttpStatus.CREATED.value());
        if (created.recurringGift() != null) {
            response.setHeader("Recurring-Gift", created.recurringGift().toString());
        }
        response.setHeader("Idempotent-Replayed", Boolean.toString(created.answer().replayed()));
        response.setHeader(HttpHeaders.LOCATION, created.location());
        write(response, created.answer().body());
    }

    /** The answers of {@link GivingErrors} and the site's error handling, for the failures a pledge can meet. */
    private void refuse(RuntimeException e, Locale locale, HttpServletResponse response) throws IOException {
        HttpStatus status;
        String message;
        switch (e) {
            case IdempotencyKeyReusedException reused -> {
                status = HttpStatus.UNPROCESSABLE_CONTENT;
                message = text(reused.messageKey(), null, locale);
            }
            case Giving.WriteUnavailableException unavailable -> {
                status = HttpStatus.SERVICE_UNAVAILABLE;
                message = text("giving.unavailable", null, locale);
                response.setHeader(HttpHeaders.RETRY_AFTER, "2");
            }
            case ConflictException conflict -> {
                status = HttpStatus.CONFLICT;
                message = text(conflict.messageKey(), conflict.arguments(), locale);
            }
            case UserInputException input -> {
                status = HttpStatus.BAD_REQUEST;
                message = text(input.messageKey(), input.arguments(), locale);
            }
            case NotFoundException notFound -> {
                status = HttpStatus.NOT_FOUND;
                message = text("error.404", null, locale);
            }
            case IllegalArgumentException malformed -> { // an unreadable body, an amount that is not a number
                status = HttpStatus.BAD_REQUEST;
                message = text("error.400", null, locale);
            }
            case IllegalStateException clash -> {
                status = HttpStatus.CONFLICT;
                message = text("error.409", null, locale);
            }
            default -> throw e;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        response.setStatus(status.value());
        write(response, json.writeValueAsString(body));
    }

    private String text(String key, Object[] args, Locale locale) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return messages.getMessage("error.400", null, locale);
        }
    }

    private static void write(HttpServletResponse response, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
