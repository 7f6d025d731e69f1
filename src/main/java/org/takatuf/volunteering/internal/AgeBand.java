package org.takatuf.volunteering.internal;

/**
 * An age band for volunteers who prefer not to give a date of birth. For minimum-age checks the
 * band's lower bound counts: a "18–24" volunteer may join an 18+ shift but not a 21+ one.
 */
public enum AgeBand {
    UNDER_16(0), FROM_16_TO_17(16), FROM_18_TO_24(18), FROM_25_TO_39(25), FROM_40_TO_59(40), FROM_60(60);

    public final int lowerBound;

    AgeBand(int lowerBound) {
        this.lowerBound = lowerBound;
    }
}
