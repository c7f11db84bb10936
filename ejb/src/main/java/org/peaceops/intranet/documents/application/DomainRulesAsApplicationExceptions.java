package org.peaceops.intranet.documents.application;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;

/**
 * Turns a broken domain rule into a {@link GuidanceRejectedException}. The domain stays free of EJB
 * annotations, and a refused request is not logged by the container as a system failure.
 */
public class DomainRulesAsApplicationExceptions {

    @AroundInvoke
    public Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (GuidanceRuleException e) {
            throw new GuidanceRejectedException(e);
        }
    }
}
