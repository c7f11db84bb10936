package org.peaceops.intranet.shared;

import java.util.Set;

/**
 * A context that keeps files in the intranet's one content store says which of them it still refers to,
 * by the SHA-256 of their bytes, so that the daily sweep deletes only blobs nobody refers to. Each such
 * context implements it; the sweep asks them all, and so depends on none of them.
 */
public interface BlobReferences {

    /** The hashes of every blob this context still refers to, in any state (draft, archived, ...). */
    Set<String> referencedBlobHashes();
}
