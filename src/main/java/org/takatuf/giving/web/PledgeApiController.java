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
import org.takatuf.identity.CurrentMember;

/**
 * Pledges through the API (bearer token). Idempotent by the {@code Idempotency-Key} header. The ordinary call is
 * answered by the same {@link PledgeApi} in the lean lane before it reaches this controller; this is the way for
 * every other call, and the route's documentation.
 */
@RestController
@Tag(name = "Giving", description = "Pledges to campaigns")
class PledgeApiController {

    private final PledgeApi api;

    PledgeApiController(PledgeApi api) {
        this.api = api;
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
                                  @RequestBody PledgeApi.PledgeBody body, @AuthenticationPrincipal CurrentMember me) {
        PledgeApi.Created created = api.pledge(me.id(), id, key, body);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.CREATED);
        if (created.recurringGift() != null) {
            answer.header("Recurring-Gift", created.recurringGift().toString());
        }
        return answer
                .header("Idempotent-Replayed", Boolean.toString(created.answer().replayed()))
                .header("Location", created.location())
                .contentType(MediaType.APPLICATION_JSON).body(created.answer().body());
    }
}
