package org.takatuf.volunteering.internal;

/** Where culturally required a shift is for women only or men only. */
public enum GenderRestriction {
    NONE, WOMEN_ONLY, MEN_ONLY;

    /** True when a volunteer of this gender (possibly unknown) may take the shift. */
    public boolean admits(Gender gender) {
        return switch (this) {
            case NONE -> true;
            case WOMEN_ONLY -> gender == Gender.FEMALE;
            case MEN_ONLY -> gender == Gender.MALE;
        };
    }
}
