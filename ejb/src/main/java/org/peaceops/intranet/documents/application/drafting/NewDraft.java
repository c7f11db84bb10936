package org.peaceops.intranet.documents.application.drafting;

import org.peaceops.intranet.documents.application.CatalogueEntry;

/** A new document asked for: its type and reference number (chosen once), its first version's text, its filing. */
public record NewDraft(String typeCode, String referenceNumber, DraftText text, CatalogueEntry filing) {
}
