/**
 * The offline verifier and the hashing it shares with the server (RFC 9162). JDK and Jackson only,
 * so an oversight body can run it on a machine with no access to the ministry's systems.
 */
@NullUnmarked
@NamedInterface("verifier")
package org.nafitha.transparency.verifier;

import org.jspecify.annotations.NullUnmarked;
import org.springframework.modulith.NamedInterface;
