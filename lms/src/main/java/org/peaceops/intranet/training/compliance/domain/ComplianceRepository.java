package org.peaceops.intranet.training.compliance.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads compliance figures and their lists in the database; every method takes the same criteria. */
public interface ComplianceRepository {

    long count(ComplianceCriteria criteria);

    List<ComplianceRow> page(ComplianceCriteria criteria, ComplianceOrder order, boolean ascending, int first, int max);

    /** Every row, in order, handed over one at a time (exports of a hundred thousand lines). */
    void each(ComplianceCriteria criteria, ComplianceOrder order, boolean ascending, Consumer<ComplianceRow> row);

    /** Records completed per month of the trend window, in the criteria's scope. */
    Map<YearMonth, Long> completionsPerMonth(ComplianceCriteria criteria, YearMonth from, YearMonth to);

    /** People who arrived without a verified attestation, per contributing country. */
    List<ComplianceFigures.CountryGap> gapsByCountry(ComplianceCriteria criteria);
}
