package org.peaceops.intranet.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.NotSignedIn;
import org.peaceops.intranet.shared.refusal.Refusal;

/** The one status table: every kind of refusal is a 4xx or 503, never a 500; nobody signed in is 401. */
class HttpRefusalsTest {

    @Test
    void everyKindHasAStatusThatIsNoBug() {
        assertThat(Arrays.stream(Refusal.Kind.values()).mapToInt(HttpRefusals::status))
                .allSatisfy(status -> assertThat(status).isBetween(400, 503).isNotEqualTo(500));
    }

    @Test
    void nobodySignedInIs401AndADenial403() {
        assertThat(HttpRefusals.status(Refusal.Kind.NOT_SIGNED_IN)).isEqualTo(401);
        assertThat(HttpRefusals.attempt(() -> {
            throw new EJBException(new NotSignedIn());
        })).hasValue(401);
        assertThat(HttpRefusals.attempt(() -> {
            throw new AccessDenied("refusal.denied", "no");
        })).hasValue(403);
        assertThat(HttpRefusals.attempt(() -> { })).isEmpty();
    }
}
