package org.nafitha.documents;

import java.util.List;

/**
 * An upload to check and store.
 *
 * @param owner    national ID of the person the document is about
 * @param accepted media types allowed for this kind of document, checked against the content
 * @param filing   where the archive files it
 */
public record Upload(String kind, String filename, byte[] bytes, String owner, String uploadedBy,
                     List<String> accepted, long maxBytes, Filing filing) {

    public Upload {
        accepted = List.copyOf(accepted);
    }

    /** A citizen's upload to a case. */
    public Upload(String kind, String filename, byte[] bytes, String owner, String uploadedBy,
                  List<String> accepted, long maxBytes) {
        this(kind, filename, bytes, owner, uploadedBy, accepted, maxBytes, Filing.UPLOAD);
    }
}
