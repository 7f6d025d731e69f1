package org.takatuf.cases.internal;

import java.util.EnumSet;
import java.util.Set;

import org.takatuf.cases.CaseCategory;
import org.takatuf.volunteering.ActivityType;

/**
 * Which volunteer activities fit a kind of need, to rank the volunteer bank's answer (a volunteer who
 * chose none of them is still listed, after those who did). See docs/cases.md, "Volunteer bank".
 */
final class BankFit {

    private BankFit() {
    }

    static Set<ActivityType> activitiesFor(CaseCategory category) {
        return switch (category) {
            case FOOD -> EnumSet.of(ActivityType.FOOD_DISTRIBUTION, ActivityType.DRIVING_DELIVERY);
            case RENT_SHELTER -> EnumSet.of(ActivityType.REFUGEE_SUPPORT, ActivityType.DISASTER_RELIEF);
            case MEDICAL_SURGERY -> EnumSet.of(ActivityType.MEDICAL_SUPPORT, ActivityType.DRIVING_DELIVERY);
            case EDUCATION -> EnumSet.of(ActivityType.TUTORING, ActivityType.CHILDREN_AND_YOUTH);
            case WINTER -> EnumSet.of(ActivityType.DISASTER_RELIEF, ActivityType.FOOD_DISTRIBUTION, ActivityType.DRIVING_DELIVERY);
            case DISABILITY -> EnumSet.of(ActivityType.DISABILITY_SUPPORT, ActivityType.ELDERLY_CARE);
            case DEBTS -> EnumSet.of(ActivityType.FUNDRAISING);
            case OTHER -> EnumSet.noneOf(ActivityType.class);
        };
    }
}
