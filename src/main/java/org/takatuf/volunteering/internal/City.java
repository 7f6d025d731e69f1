package org.takatuf.volunteering.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Cities a volunteer or a shift can be in, with their centre and time zone. Labels are messages
 * {@code volunteering.city.<key>}; a precise point can be given beside the city.
 */
public enum City {
    RIYADH(24.7136, 46.6753, "Asia/Riyadh"),
    JEDDAH(21.4858, 39.1925, "Asia/Riyadh"),
    MECCA(21.3891, 39.8579, "Asia/Riyadh"),
    MEDINA(24.5247, 39.5692, "Asia/Riyadh"),
    DAMMAM(26.4207, 50.0888, "Asia/Riyadh"),
    CAIRO(30.0444, 31.2357, "Africa/Cairo"),
    GIZA(30.0131, 31.2089, "Africa/Cairo"),
    ALEXANDRIA(31.2001, 29.9187, "Africa/Cairo"),
    AMMAN(31.9454, 35.9284, "Asia/Amman"),
    IRBID(32.5514, 35.8515, "Asia/Amman"),
    ZARQA(32.0728, 36.0880, "Asia/Amman"),
    BEIRUT(33.8938, 35.5018, "Asia/Beirut"),
    DAMASCUS(33.5138, 36.2765, "Asia/Damascus"),
    BAGHDAD(33.3152, 44.3661, "Asia/Baghdad"),
    ERBIL(36.1911, 44.0092, "Asia/Baghdad"),
    KUWAIT(29.3759, 47.9774, "Asia/Kuwait"),
    DOHA(25.2854, 51.5310, "Asia/Qatar"),
    MANAMA(26.2285, 50.5860, "Asia/Bahrain"),
    DUBAI(25.2048, 55.2708, "Asia/Dubai"),
    ABU_DHABI(24.4539, 54.3773, "Asia/Dubai"),
    MUSCAT(23.5880, 58.3829, "Asia/Muscat"),
    KHARTOUM(15.5007, 32.5599, "Africa/Khartoum"),
    TUNIS(36.8065, 10.1815, "Africa/Tunis"),
    ALGIERS(36.7538, 3.0588, "Africa/Algiers"),
    CASABLANCA(33.5731, -7.5898, "Africa/Casablanca"),
    RABAT(34.0209, -6.8416, "Africa/Casablanca");

    public final double latitude;
    public final double longitude;
    public final ZoneId zone;

    City(double latitude, double longitude, String zone) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.zone = ZoneId.of(zone);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "volunteering.city." + key();
    }

    public static Optional<City> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
