package org.nafitha.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param storeDir where the content-addressed store keeps files */
@ConfigurationProperties("nafitha.documents")
public record DocumentsProperties(Path storeDir) {

    public DocumentsProperties {
        if (storeDir == null) storeDir = Path.of("data", "documents");
    }
}
