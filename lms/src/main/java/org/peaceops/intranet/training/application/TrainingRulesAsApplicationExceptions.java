package org.peaceops.intranet.training.application;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/**
 * Turns a broken training rule into a {@link TrainingRejectedException}: the domain stays free of EJB
 * annotations, the transaction rolls back, and the container does not log a refusal as a failure.
 */
public class TrainingRulesAsApplicationExceptions {

    @AroundInvoke
    public Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (TrainingRuleException e) {
            throw new TrainingRejectedException(e);
        }
    }
}
