package org.nafitha.transparency.web;

import org.nafitha.transparency.internal.LogProofs;
import org.nafitha.transparency.internal.TreeHeads;
import org.nafitha.transparency.verifier.TreeHead;
import org.nafitha.transparency.verifier.TreeHeadList;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The verifiable log for anyone: signed tree heads and proofs, which carry no personal data.
 * Inspectors export the entries themselves (oversight module).
 */
@RestController
@RequestMapping("/api/v1/transparency")
@Tag(name = "Transparency", description = "The verifiable audit log (RFC 9162)")
class TransparencyApi {

    private final TreeHeads heads;
    private final LogProofs proofs;

    TransparencyApi(TreeHeads heads, LogProofs proofs) {
        this.heads = heads;
        this.proofs = proofs;
    }

    @Operation(summary = "The latest signed tree head, signing one now if the log grew (at most once a second)")
    @GetMapping("/tree-head")
    TreeHead treeHead() {
        return heads.current();
    }

    @Operation(summary = "Up to 1,000 signed tree heads from a size on, with the log's public key")
    @GetMapping("/tree-heads")
    TreeHeadList treeHeads(@RequestParam(defaultValue = "0") long from) {
        return new TreeHeadList(heads.publicKey(), heads.all(from));
    }

    record PublicKey(String algorithm, String x509Base64) {
    }

    @Operation(summary = "The log's Ed25519 public key (X.509, base64), to check signed tree heads offline")
    @GetMapping("/public-key")
    PublicKey publicKey() {
        return new PublicKey("Ed25519", heads.publicKey());
    }

    @Operation(summary = "Inclusion proof of an audit entry in the tree of the given size")
    @GetMapping("/proof/inclusion")
    LogProofs.Inclusion inclusion(@RequestParam long entry, @RequestParam long size) {
        return proofs.inclusion(entry, size)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such entry in a tree of that size"));
    }

    @Operation(summary = "Consistency proof between two tree sizes")
    @GetMapping("/proof/consistency")
    LogProofs.Consistency consistency(@RequestParam long first, @RequestParam long second) {
        return proofs.consistency(first, second)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "need 0 < first <= second <= tree size"));
    }
}
