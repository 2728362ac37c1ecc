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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TreeHead.class),
            examples = @ExampleObject(value = """
            {"treeSize": 184203, "timestamp": 1773469960000,
             "rootHash": "5f2c1a9e7b3d8f4061c2e9a7d5b3f1e08c6a4d2b9e7f5c3a1d8b6e4f2a0c9e7d",
             "signature": "MEUCIQDx3v0k6Yp2Jm8Q1rT9wZb4Lh7sNa5cVe2fGk8uHj3PdQIgR2tY6vB9nM1xK4zQ7wE3aS5dF8gH0jL2kP6oI9uY1rT="}""")))
    @GetMapping("/tree-head")
    TreeHead treeHead() {
        return heads.current();
    }

    @Operation(summary = "Up to 1,000 signed tree heads from a size on, with the log's public key")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TreeHeadList.class),
            examples = @ExampleObject(value = """
            {"publicKey": "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=",
             "treeHeads": [{"treeSize": 184203, "timestamp": 1773469960000,
                            "rootHash": "5f2c1a9e7b3d8f4061c2e9a7d5b3f1e08c6a4d2b9e7f5c3a1d8b6e4f2a0c9e7d",
                            "signature": "MEUCIQDx3v0k6Yp2Jm8Q1rT9wZb4Lh7sNa5cVe2fGk8uHj3PdQIgR2tY6vB9nM1xK4zQ7wE3aS5dF8gH0jL2kP6oI9uY1rT="}]}""")))
    @GetMapping("/tree-heads")
    TreeHeadList treeHeads(@RequestParam(defaultValue = "0") long from) {
        return new TreeHeadList(heads.publicKey(), heads.all(from));
    }

    record PublicKey(String algorithm, String x509Base64) {
    }

    @Operation(summary = "The log's Ed25519 public key (X.509, base64), to check signed tree heads offline")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicKey.class),
            examples = @ExampleObject(value = """
            {"algorithm": "Ed25519", "x509Base64": "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="}""")))
    @GetMapping("/public-key")
    PublicKey publicKey() {
        return new PublicKey("Ed25519", heads.publicKey());
    }

    @Operation(summary = "Inclusion proof of an audit entry in the tree of the given size")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LogProofs.Inclusion.class),
            examples = @ExampleObject(value = """
            {"entry": 90417, "leafIndex": 90416, "treeSize": 184203,
             "leafHash": "a3f1c9e7b5d3f1a9c7e5b3d1f9a7c5e3b1d9f7a5c3e1b9d7f5a3c1e9b7d5f3a1",
             "auditPath": ["0c8e6a4f2d0b9e7c5a3f1d9b7e5c3a1f8d6b4e2c0a9f7d5b3e1c9a7f5d3b1e9c",
                           "7d5b3e1c9a7f5d3b1e9c0c8e6a4f2d0b9e7c5a3f1d9b7e5c3a1f8d6b4e2c0a9f"]}""")))
    @GetMapping("/proof/inclusion")
    LogProofs.Inclusion inclusion(@RequestParam long entry, @RequestParam long size) {
        return proofs.inclusion(entry, size)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such entry in a tree of that size"));
    }

    @Operation(summary = "Consistency proof between two tree sizes")
    @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LogProofs.Consistency.class),
            examples = @ExampleObject(value = """
            {"first": 183000, "second": 184203,
             "consistency": ["e2c0a9f7d5b3e1c9a7f5d3b1e9c0c8e6a4f2d0b9e7c5a3f1d9b7e5c3a1f8d6b4",
                             "b9e7c5a3f1d9b7e5c3a1f8d6b4e2c0a9f7d5b3e1c9a7f5d3b1e9c0c8e6a4f2d0"]}""")))
    @GetMapping("/proof/consistency")
    LogProofs.Consistency consistency(@RequestParam long first, @RequestParam long second) {
        return proofs.consistency(first, second)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "need 0 < first <= second <= tree size"));
    }
}
