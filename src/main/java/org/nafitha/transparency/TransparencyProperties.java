package org.nafitha.transparency;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The verifiable log and the inspectors' rules.
 *
 * @param signingKey    the log's Ed25519 private key, PKCS#8 in base64 (production: from the secret store)
 * @param keyFile       where a demo key is generated at first start when no signing key is configured
 * @param sequenceEvery how often committed entries are given their place in the tree
 * @param publishEvery  how often a new signed tree head is published when the log grew
 * @param showOfficerNames whether a person sees the name of the officer who looked at their file
 */
@ConfigurationProperties("nafitha.transparency")
public record TransparencyProperties(@Nullable String signingKey,
                                     @DefaultValue("./data/keys/transparency-ed25519.key") Path keyFile,
                                     @DefaultValue("1s") Duration sequenceEvery,
                                     @DefaultValue("60s") Duration publishEvery,
                                     @DefaultValue("false") boolean showOfficerNames) {
}
