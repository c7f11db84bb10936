/**
 * The JAX-RS REST API under /api, documented through MicroProfile OpenAPI at /openapi.
 */
package org.peaceops.intranet.web.api;
