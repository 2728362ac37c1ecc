package org.nafitha.transparency.verifier;

import java.util.List;

/** Signed tree heads as the log publishes them, with the key they are signed with. */
public record TreeHeadList(String publicKey, List<TreeHead> treeHeads) {
}
