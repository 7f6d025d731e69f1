package org.takatuf.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import org.takatuf.core.text.ArabicText;

/**
 * An amount in a currency's own minor units: 1 JOD is 1000 minor units (fils), 1 SAR is 100
 * (halalas). Arithmetic never leaves whole minor units.
 */
public record Money(long minorUnits, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        BigDecimal value;
        try {
            value = new BigDecimal(ArabicText.westernDigits(amount.trim()).replace('٫', '.').replace("٬", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidMoneyException("money.invalid-amount", amount);
        }
        if (value.scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidMoneyException("money.too-many-decimals", amount);
        }
        try {
            return new Money(value.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new InvalidMoneyException("money.invalid-amount", amount);
        }
    }

    public static Money ofMinor(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("money.unknown-currency", code);
        }
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    /** Formatted for a reader in {@code locale}, with the currency's own number of decimals. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(locale));
        format.setCurrency(com.ibm.icu.util.Currency.getInstance(currency.getCurrencyCode()));
        int digits = currency.getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.UNNECESSARY.ordinal());
        return format.format(amount());
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }

    /** An amount that cannot be read; {@link #getMessage()} is a message key. */
    public static final class InvalidMoneyException extends UserInputException {
        InvalidMoneyException(String key, String input) {
            super(key, input);
        }
    }
}
