/**
 * Use cases about identities: looking up a person's profile, the authentication mode and its safety rules.
 */
package org.peaceops.intranet.identity.application;
