package org.nafitha.documents.search;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({ArchiveIndexProperties.class, ClearanceProperties.class})
class ArchiveSearchConfiguration {

    @Bean(destroyMethod = "close")
    ArchiveIndex archiveIndex(ArchiveIndexProperties properties) throws IOException {
        Files.createDirectories(properties.dir());
        return new ArchiveIndex(properties.dir());
    }

    @Bean
    ArchiveSearch archiveSearch(ArchiveIndex index) {
        return new ArchiveSearch(index);
    }

    /**
     * The command-line way to rebuild: start with {@code --nafitha.documents.index.reindex=true}.
     * An empty index (a new machine, a deleted directory) is filled from the database anyway.
     */
    @Bean
    ApplicationRunner archiveReindexOnStart(ArchiveIndexProperties properties, ArchiveIndex index,
                                            ArchiveIndexing indexing) {
        return args -> {
            if (properties.reindex() || index.size() == 0) indexing.rebuild();
        };
    }
}
