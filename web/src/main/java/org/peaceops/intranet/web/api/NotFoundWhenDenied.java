package org.peaceops.intranet.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a reading endpoint: a refused access is answered 404 like a missing document, so the API never
 * confirms that a document the caller may not read exists. {@link ApiExceptionMapper} honours it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NotFoundWhenDenied {
}
