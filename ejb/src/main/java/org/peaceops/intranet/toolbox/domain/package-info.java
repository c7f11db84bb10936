/**
 * The Toolbox's domain: aggregates in sub-packages ({@code definition}, {@code report}, {@code recommendation})
 * and the refusal they all throw when a rule is broken.
 */
package org.peaceops.intranet.toolbox.domain;
