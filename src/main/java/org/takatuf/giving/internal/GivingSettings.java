package org.takatuf.giving.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code takatuf.giving.*}: how long a bank, cash or goods pledge waits before it expires, how long
 * before that the donor is reminded, how long a request waits for its batch, the upper bound of one pledge
 * in minor units, and the key that signs cash receipts' QR codes.
 */
@ConfigurationProperties("takatuf.giving")
public record GivingSettings(@DefaultValue("P7D") Duration pledgeValidity, @DefaultValue("P2D") Duration remindBefore,
                             @DefaultValue("PT10S") Duration writeTimeout, @DefaultValue("100000000000") long maxAmountMinor,
                             @DefaultValue("") String receiptKey) {
}
