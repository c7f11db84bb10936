package org.peaceops.intranet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonnelCategoryTest {

    @Test
    void codesAreLowerCase() {
        assertThat(PersonnelCategory.MILITARY.code()).isEqualTo("military");
        assertThat(PersonnelCategory.POLICE.code()).isEqualTo("police");
        assertThat(PersonnelCategory.CIVILIAN.code()).isEqualTo("civilian");
        assertThat(PersonnelCategory.VOLUNTEER.code()).isEqualTo("volunteer");
    }

    @Test
    void fromCodeFindsEveryCategory() {
        for (PersonnelCategory category : PersonnelCategory.values()) {
            assertThat(PersonnelCategory.fromCode(category.code())).contains(category);
        }
    }

    @Test
    void fromCodeIgnoresCase() {
        assertThat(PersonnelCategory.fromCode("POLICE")).contains(PersonnelCategory.POLICE);
        assertThat(PersonnelCategory.fromCode("Civilian")).contains(PersonnelCategory.CIVILIAN);
    }

    @Test
    void fromCodeIsEmptyForUnknownBlankOrNull() {
        assertThat(PersonnelCategory.fromCode("contractor")).isEmpty();
        assertThat(PersonnelCategory.fromCode("")).isEmpty();
        assertThat(PersonnelCategory.fromCode(" police ")).isEmpty();
        assertThat(PersonnelCategory.fromCode(null)).isEmpty();
    }
}
