package org.takatuf.giving.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.identity.CurrentMember;

/** Pledges through the API (bearer token). Idempotent by the {@code Idempotency-Key} header. */
@RestController
@Tag(name = "Giving", description = "Pledges to campaigns")
class PledgeApiController {

    private final Giving giving;
    private final org.takatuf.giving.internal.RecurringGifts recurring;

    PledgeApiController(Giving giving, org.takatuf.giving.internal.RecurringGifts recurring) {
        this.giving = giving;
        this.recurring = recurring;
    }

    /**
     * A pledge request: {@code amount} as a decimal string in the campaign's currency, or an item and quantity.
     * {@code monthly: true} (BANK_TRANSFER or CARD) starts a monthly gift whose first month is this pledge.
     */
    record PledgeBody(PledgeMethod method, String amount, UUID itemId, Integer quantity, Boolean anonymous, String message,
                      String referral, Boolean monthly) {
    }

    @PostMapping(value = "/api/v1/campaigns/{id}/pledges", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pledge money (BANK_TRANSFER, CASH, CARD) or goods (GOODS) to a campaign, once or monthly",
            description = "201 with the pledge (a bank pledge carries its transfer reference and the bank instructions). "
                    + "The same Idempotency-Key with the same body answers the first answer again (201, Idempotent-Replayed: true); "
                    + "with another body 422. With \"monthly\": true (BANK_TRANSFER or CARD) the pledge is a monthly gift's first month "
                    + "and the Recurring-Gift header names the gift. 503 with Retry-After when the pledge could not be stored in time: retry with the same key.")
    ResponseEntity<String> pledge(@PathVariable UUID id,
                                  @Parameter(description = "A unique key per pledge, up to 255 printable ASCII characters")
                                  @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                  @RequestBody PledgeBody body, @AuthenticationPrincipal CurrentMember me) {
        PledgeRequest request = new PledgeRequest(id, body.method(), body.amount(), body.itemId(), body.quantity(),
                Boolean.TRUE.equals(body.anonymous()), body.message(), body.referral());
        boolean monthly = Boolean.TRUE.equals(body.monthly());
        Giving.Answer answer = monthly ? recurring.start(me.id(), key, request) : giving.pledge(me.id(), key, request);
        ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
        if (monthly) {
            // the donor stops it at /me/giving (POST /me/giving/recurring/{id}/cancel)
            created.header("Recurring-Gift", org.takatuf.giving.internal.RecurringGifts.giftId(me.id(), key).toString());
        }
        return created
                .header("Idempotent-Replayed", Boolean.toString(answer.replayed()))
                .header("Location", "/pledges/" + answer.pledgeId())
                .contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }
}
