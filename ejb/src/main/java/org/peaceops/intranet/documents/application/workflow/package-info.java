/**
 * The guidance workflow as people meet it: which lifecycle steps the actor may take on a document now,
 * the approver's inbox of versions waiting for them, and the author's list of their own versions.
 */
package org.peaceops.intranet.documents.application.workflow;
