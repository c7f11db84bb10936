/**
 * Reading guidance beyond the catalogue: how often each document is viewed and downloaded per mission
 * and month, the "most read" list, and the extracted text of versions that have no page previews.
 */
package org.peaceops.intranet.documents.application.reading;
