/**
 * Who a person is to the intranet and what they may do: people and missions as the directory knows them,
 * and the one access policy, which speaks the shared kernel's caller, roles, classification and publication stage.
 */
package org.peaceops.intranet.identity.domain;
