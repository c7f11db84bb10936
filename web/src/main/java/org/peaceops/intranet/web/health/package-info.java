/**
 * MicroProfile Health readiness checks behind /health/ready.
 */
package org.peaceops.intranet.web.health;
