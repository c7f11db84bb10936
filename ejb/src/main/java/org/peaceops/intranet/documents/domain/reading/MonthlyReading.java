package org.peaceops.intranet.documents.domain.reading;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/** The counters of one document for the readers of one mission in one month. */
public record MonthlyReading(long documentId, String missionCode, YearMonth month, long views, long downloads)
        implements Serializable {

    public MonthlyReading {
        Objects.requireNonNull(missionCode, "missionCode");
        Objects.requireNonNull(month, "month");
        if (views < 0 || downloads < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public String getMissionCode() {
        return missionCode;
    }

    public String getMonth() {
        return month.toString();
    }

    public long getViews() {
        return views;
    }

    public long getDownloads() {
        return downloads;
    }
}
