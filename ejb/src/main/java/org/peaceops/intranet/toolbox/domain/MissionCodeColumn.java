package org.peaceops.intranet.toolbox.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.peaceops.intranet.shared.MissionCode;

/** The Toolbox's mapping of the kernel's mission code: one column holding the code. */
@Converter
public class MissionCodeColumn implements AttributeConverter<MissionCode, String> {

    @Override
    public String convertToDatabaseColumn(MissionCode mission) {
        return mission == null ? null : mission.getValue();
    }

    @Override
    public MissionCode convertToEntityAttribute(String column) {
        return column == null ? null : new MissionCode(column);
    }
}
