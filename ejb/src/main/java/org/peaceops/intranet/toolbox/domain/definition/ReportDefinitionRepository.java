package org.peaceops.intranet.toolbox.domain.definition;

import java.util.List;
import java.util.Optional;

/** The report types, with their versions. */
public interface ReportDefinitionRepository {

    Optional<ReportDefinition> find(long id);

    Optional<ReportDefinition> findByCode(String code);

    /** Every type, active or retired, in display order. */
    List<ReportDefinition> all();

    /** The types a new report may be written with, in display order. */
    List<ReportDefinition> active();

    ReportDefinition store(ReportDefinition definition);
}
