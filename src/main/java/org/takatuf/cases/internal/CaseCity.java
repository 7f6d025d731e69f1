package org.takatuf.cases.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Cities a case can be reported in, with their centre (used when no point is given). Labels are
 * messages {@code cases.city.<key>}. The public location of a case is its city and district only.
 */
public enum CaseCity {
    BEIRUT(33.89, 35.50), TRIPOLI(34.44, 35.83), SIDON(33.56, 35.37), TYRE(33.27, 35.20), ZAHLE(33.85, 35.90),
    BAALBEK(34.00, 36.21), NABATIEH(33.38, 35.48), JOUNIEH(33.98, 35.62),
    AMMAN(31.95, 35.93), IRBID(32.55, 35.85), ZARQA(32.07, 36.09),
    DAMASCUS(33.51, 36.28), ALEPPO(36.20, 37.13),
    RIYADH(24.71, 46.68), JEDDAH(21.49, 39.19), CAIRO(30.04, 31.24), ALEXANDRIA(31.20, 29.92),
    KUWAIT(29.38, 47.98), BAGHDAD(33.32, 44.37), KHARTOUM(15.50, 32.56);

    public final double latitude;
    public final double longitude;

    CaseCity(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "cases.city." + key();
    }

    public static Optional<CaseCity> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
