package org.takatuf.exchange.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exchange, prefix {@code takatuf.exchange}.
 *
 * @param prohibited              words (any language; compared after Arabic folding, whole words) that a
 *                                listing may not contain: weapons, medicines, alcohol, …
 * @param newAccountDays          an account younger than this many days is "new"
 * @param newAccountListingsPerDay listings a new account may post in 24 hours
 * @param listingsPerDay          listings any other account may post in 24 hours
 * @param newAccountMessagesPerHour hand-over messages a new account may send in an hour
 * @param messagesPerHour         hand-over messages any other account may send in an hour
 * @param hideAfterReports        a listing reported by this many different members is hidden until reviewed
 * @param matchWindowDays         an offer or ask older than this is no longer matched
 */
@ConfigurationProperties("takatuf.exchange")
public record ExchangeSettings(
        @DefaultValue({"سلاح", "اسلحه", "مسدس", "ذخيره", "دواء", "ادويه", "مخدرات", "كحول", "خمر", "سجائر",
                "weapon", "weapons", "gun", "ammunition", "medicine", "medicines", "prescription", "drugs", "alcohol", "cigarettes"})
        List<String> prohibited,
        @DefaultValue("7") int newAccountDays,
        @DefaultValue("3") int newAccountListingsPerDay,
        @DefaultValue("30") int listingsPerDay,
        @DefaultValue("20") int newAccountMessagesPerHour,
        @DefaultValue("200") int messagesPerHour,
        @DefaultValue("3") int hideAfterReports,
        @DefaultValue("60") int matchWindowDays) {
}
