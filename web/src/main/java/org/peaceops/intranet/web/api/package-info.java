/**
 * The JAX-RS REST API under /api, documented through MicroProfile OpenAPI at /openapi.
 *
 * <p>What a call carries is a record beside its resource: {@code *Request} for a body the API reads (as
 * sent, strings and numbers; the application service judges them), {@code *Response} for an answer the
 * API composes itself; answers that are an application service's own view (a course, a roster row) are
 * returned as they are. Refusals are never built here: {@link org.peaceops.intranet.web.api.ApiExceptionMapper}
 * answers them all.
 */
package org.peaceops.intranet.web.api;
