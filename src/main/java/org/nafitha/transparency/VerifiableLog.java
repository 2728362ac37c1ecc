package org.nafitha.transparency;

import java.io.OutputStream;
import java.util.List;

import org.nafitha.transparency.internal.LogExports;
import org.nafitha.transparency.internal.TreeHeads;
import org.nafitha.transparency.verifier.TreeHead;
import org.springframework.stereotype.Service;

/** The log as other modules see it: its signed heads and exports of its entries. */
@Service
public class VerifiableLog {

    private final TreeHeads heads;
    private final LogExports exports;

    VerifiableLog(TreeHeads heads, LogExports exports) {
        this.heads = heads;
        this.exports = exports;
    }

    /** Sequences what is committed and returns the signed head covering it. */
    public TreeHead publish() {
        return heads.publish();
    }

    public List<TreeHead> treeHeads(long fromSize) {
        return heads.all(fromSize);
    }

    public String publicKey() {
        return heads.publicKey();
    }

    /** JSON lines for the offline verifier; personal fields withheld when {@code redact}. */
    public void export(long from, long to, boolean redact, OutputStream out) {
        exports.write(from, to, redact, out);
    }
}
