package org.takatuf.advocacy.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.takatuf.advocacy.Sector;

/**
 * Settings of collective complaints ({@code takatuf.advocacy.*}).
 *
 * @param answerDeadline     how long a company has to answer before the complainant may escalate
 * @param milestones         supporter counts that are celebrated (and published as events)
 * @param newAccountAge      accounts younger than this are "new" for the pile-on limits
 * @param newAccountSupportsPerDay supports a new account may give in 24 hours
 * @param complaintsPerDay   complaints any member may open in 24 hours
 * @param newAccountComplaintsPerDay complaints a new account may open in 24 hours
 * @param countSlots         rows the supporters' count of one complaint is spread over
 * @param regulators         the regulator or consumer-protection body per country and sector
 */
@ConfigurationProperties("takatuf.advocacy")
public record AdvocacySettings(@DefaultValue("P14D") Duration answerDeadline,
                               @DefaultValue({"100", "1000", "10000"}) List<Integer> milestones,
                               @DefaultValue("P7D") Duration newAccountAge,
                               @DefaultValue("20") int newAccountSupportsPerDay,
                               @DefaultValue("5") int complaintsPerDay,
                               @DefaultValue("1") int newAccountComplaintsPerDay,
                               @DefaultValue("16") int countSlots,
                               List<Regulator> regulators) {

    public AdvocacySettings {
        regulators = regulators == null ? List.of() : List.copyOf(regulators);
        milestones = milestones.stream().sorted().toList();
        if (countSlots < 1) {
            throw new IllegalArgumentException("takatuf.advocacy.count-slots must be at least 1");
        }
    }

    /**
     * A body a complaint can be escalated to. An empty {@code sectors} set means every sector not named by
     * a more specific entry of the same country (the consumer-protection body). Its name is the message
     * {@code advocacy.regulator.<code>}.
     */
    public record Regulator(String country, Set<Sector> sectors, String code, String website) {

        public Regulator {
            sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        }

        /** The bundle key of its name. */
        public String messageKey() {
            return "advocacy.regulator." + code;
        }
    }

    /** The sector's regulator in the country, else the country's general consumer-protection body. */
    public Optional<Regulator> regulatorFor(String country, Sector sector) {
        return regulators.stream().filter(r -> r.country().equalsIgnoreCase(country) && r.sectors().contains(sector)).findFirst()
                .or(() -> regulators.stream().filter(r -> r.country().equalsIgnoreCase(country) && r.sectors().isEmpty()).findFirst());
    }

    public List<String> countries() {
        return regulators.stream().map(Regulator::country).distinct().sorted().toList();
    }
}
