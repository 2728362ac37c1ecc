/**
 * Documents: uploads checked by content and stored once per content hash, encrypted at rest; bulk
 * imports of scanned archives; every staff read of a document recorded in the audit trail; the
 * archive's search ({@code documents.search}) on an embedded Lucene index or, for a cluster, a
 * SolrCloud collection reached over HTTP (Solr's own JVM; its Lucene 9 never on this class path).
 */
@NullMarked
@ApplicationModule(displayName = "Documents", allowedDependencies = {"errors", "transparency", "country", "identity"})
package org.nafitha.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
