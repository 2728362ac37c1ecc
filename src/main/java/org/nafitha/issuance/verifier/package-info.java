/**
 * The offline document verifier: PDFBox and Bouncy Castle only, no Spring, no database, so anyone
 * holding a PDF and the ministry's certificate can check it on a machine with no network.
 */
@NullUnmarked
@NamedInterface("verifier")
package org.nafitha.issuance.verifier;

import org.jspecify.annotations.NullUnmarked;
import org.springframework.modulith.NamedInterface;
