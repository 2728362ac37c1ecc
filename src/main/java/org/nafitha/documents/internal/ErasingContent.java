package org.nafitha.documents.internal;

import org.nafitha.documents.DocumentErased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased document's bytes from the store once its erasure is committed — unless another
 * document still holds the same bytes (the store is content-addressed: one object serves both).
 */
@Component
class ErasingContent {

    private final JdbcClient jdbc;
    private final ContentStore store;

    ErasingContent(JdbcClient jdbc, ContentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(DocumentErased erased) {
        var holders = jdbc.sql("SELECT COUNT(*) FROM documents WHERE sha256 = :sha").param("sha", erased.sha256())
                .query(Long.class).single();
        if (holders == 0) store.remove(erased.sha256());
    }
}
