package org.takatuf.volunteering;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.takatuf.identity.MemberId;

/**
 * The volunteer bank for other modules (e.g. cases: an organisation assigns a volunteer to a family's
 * case). Only volunteers with a profile that is not paused and an enabled account are returned.
 */
public interface VolunteerBank {

    /** Whether {@code cityKey} is one of the bank's cities ({@code riyadh}, {@code beirut}, …). */
    boolean knowsCity(String cityKey);

    /**
     * Up to {@code limit} volunteers whose city is {@code cityKey}, best first: most of the
     * {@code fitting} activity types, then nearest to the point, then the most reliable (attended
     * shifts against no-shows). An unknown city gives an empty list.
     */
    List<BankVolunteer> inCity(String cityKey, double latitude, double longitude, Set<ActivityType> fitting, int limit);

    /** The volunteer if they are in the bank and their city is {@code cityKey}. */
    Optional<BankVolunteer> findInCity(MemberId memberId, String cityKey, double latitude, double longitude);
}
