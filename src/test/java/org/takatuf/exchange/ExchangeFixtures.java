package org.takatuf.exchange;

import java.util.List;
import java.util.UUID;

import org.takatuf.exchange.internal.Category;
import org.takatuf.exchange.internal.Condition;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.Listing;
import org.takatuf.exchange.internal.ListingDraft;
import org.takatuf.exchange.internal.ListingKind;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.identity.CurrentMember;

/** Listings for the exchange tests, posted through the module's own service. */
public final class ExchangeFixtures {

    private ExchangeFixtures() {
    }

    public static ListingDraft offer(String title, Category category, ExchangeCity city, String area) {
        return new ListingDraft(ListingKind.OFFER_THING, category, Condition.GOOD, false, title, "بحالة جيدة", null, null, city, area, null);
    }

    public static ListingDraft ask(String title, Category category, ExchangeCity city, String area) {
        return new ListingDraft(ListingKind.ASK_THING, category, null, false, title, "لعائلة من خمسة أفراد", null, null, city, area, null);
    }

    public static Listing post(ListingManagement listings, CurrentMember owner, ListingDraft draft) {
        return listings.post(owner.uuid(), draft, List.of(), UUID.randomUUID().toString());
    }
}
