package org.nafitha.documents.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir     where the Lucene index lives; it can always be rebuilt from the database
 * @param reindex rebuild the index from the database at start-up ({@code --nafitha.documents.index.reindex=true})
 */
@ConfigurationProperties("nafitha.documents.index")
public record ArchiveIndexProperties(Path dir, boolean reindex) {

    public ArchiveIndexProperties {
        if (dir == null) dir = Path.of("data", "index");
    }
}
