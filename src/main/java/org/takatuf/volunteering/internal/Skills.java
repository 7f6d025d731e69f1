package org.takatuf.volunteering.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.takatuf.core.UserInputException;
import org.takatuf.core.text.ArabicText;

/**
 * Skills are free words ("إسعافات أولية", "first aid", "Excel"), compared in folded form so that
 * hamza, ta marbuta and case differences do not matter.
 */
public final class Skills {

    static final int MAX = 20;
    static final int MAX_LENGTH = 40;

    private Skills() {
    }

    /** Splits on commas (Latin or Arabic) and new lines; trims; drops duplicates. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> skills = new LinkedHashSet<>();
        for (String part : text.split("[,،\\n;؛]")) {
            String skill = part.strip().replaceAll("\\s+", " ");
            if (skill.isEmpty()) {
                continue;
            }
            if (skill.length() > MAX_LENGTH) {
                throw new UserInputException("volunteering.skills.too-long", MAX_LENGTH);
            }
            if (skill.codePoints().anyMatch(Character::isISOControl)) {
                throw new UserInputException("volunteering.skills.invalid");
            }
            skills.add(skill);
        }
        if (skills.size() > MAX) {
            throw new UserInputException("volunteering.skills.too-many", MAX);
        }
        return List.copyOf(skills);
    }

    /** The form stored for matching. */
    public static String fold(String skill) {
        return ArabicText.fold(skill).strip();
    }

    public static String[] folded(List<String> skills) {
        return skills.stream().map(Skills::fold).distinct().toArray(String[]::new);
    }

    public static String join(String[] skills) {
        return skills == null ? "" : String.join("، ", Arrays.asList(skills));
    }
}
