package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.util.List;

/** Everything on a person's "My training" page. */
public record MyTraining(List<AssignmentView> open, List<AssignmentView> closed, List<RecordView> records,
        List<CertificateView> certificates) implements Serializable {

    public long overdueCount() {
        return open.stream().filter(a -> a.status() == ProgressStatus.OVERDUE).count();
    }
}
