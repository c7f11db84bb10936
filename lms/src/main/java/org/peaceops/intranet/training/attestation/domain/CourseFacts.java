package org.peaceops.intranet.training.attestation.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.peaceops.intranet.shared.PersonnelCategory;

/**
 * What the check needs of a published course: its current version (the one an attestation completes)
 * and the personnel categories it is for, read from the audience the trainer wrote ("police, managers"):
 * the categories it names, or every category when it names none.
 */
public record CourseFacts(long courseId, long versionId, String code, Set<PersonnelCategory> categories) {

    public CourseFacts {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(categories);
    }

    public static CourseFacts of(long courseId, long versionId, String code, String audience) {
        Set<PersonnelCategory> named = EnumSet.noneOf(PersonnelCategory.class);
        if (audience != null) {
            for (String word : audience.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
                PersonnelCategory.fromCode(word).or(() -> PersonnelCategory.fromCode(singular)).ifPresent(named::add);
            }
        }
        return new CourseFacts(courseId, versionId, code, named);
    }

    public boolean admits(PersonnelCategory category) {
        return categories.isEmpty() || categories.contains(category);
    }
}
