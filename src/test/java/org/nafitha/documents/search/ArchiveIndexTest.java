package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.documents.Classification;

/** The index on its own, without the application: updates, rebuilds and what a failed rebuild leaves. */
class ArchiveIndexTest {

    static final Clearance ARCHIVIST = new Clearance(Classification.SECRET, true, null);

    @TempDir
    Path dir;
    ArchiveIndex index;
    ArchiveSearch search;

    @BeforeEach
    void open() throws IOException {
        index = new ArchiveIndex(dir);
        search = new ArchiveSearch(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aDocumentIsReplacedWholeWhenItsTextArrives() {
        var id = UUID.randomUUID();
        index.put(entry(id, "شهادة تخرج", ""));
        assertThat(search.search(ArchiveQuery.text("مدرسه"), ARCHIVIST).total()).isZero();
        index.put(entry(id, "شهادة تخرج", "أحمد بن علي الزهراني\nمدرسة الملك فهد"));
        var found = search.search(ArchiveQuery.text("مدرسه"), ARCHIVIST);
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.hits().getFirst().snippet()).contains("<mark>مدرسة</mark>");
        assertThat(search.search(ArchiveQuery.text(""), ARCHIVIST).total()).isEqualTo(1);
    }

    @Test
    void aRebuildThatFailsHalfWayLeavesTheIndexAsItWas() throws IOException {
        index.put(entry(UUID.randomUUID(), "محضر تسليم عهدة", "تسلمت الإدارة صورة الهوية الوطنية"));
        index.put(entry(UUID.randomUUID(), "عقد إيجار", "وصورة عقد الإيجار المصدق"));
        assertThatThrownBy(() -> index.replaceAll(sink -> {
            sink.accept(entry(UUID.randomUUID(), "وثيقة أولى", "نص"));
            throw new IllegalStateException("the database went away");
        })).hasMessageContaining("database");
        assertThat(index.size()).isEqualTo(2);
        index.put(entry(UUID.randomUUID(), "طلب تجديد جواز سفر", "نورة بنت سعد"));
        assertThat(index.size()).isEqualTo(3);
        assertThat(search.search(ArchiveQuery.text("عهده"), ARCHIVIST).total()).isEqualTo(1);
        assertThat(index.replaceAll(sink -> sink.accept(entry(UUID.randomUUID(), "وثيقة", "نص")))).isEqualTo(1);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void anEmptyIndexAnswersEmpty() {
        assertThat(search.search(ArchiveQuery.text("احمد"), ARCHIVIST)).isEqualTo(ArchiveResults.EMPTY);
    }

    private static ArchiveEntry entry(UUID id, String title, String text) {
        return new ArchiveEntry(id, "certificate", "passports", Classification.INTERNAL, 2024, "ARC-1", title,
                "1000000008", text);
    }
}
