package org.nafitha.documents.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.documents.Classification;

/** What an import reads before any file is stored: paths, the CSV, and the bytes it unpacks. */
class ImportInputTest {

    @Test
    void pathsThatLeaveTheArchiveAreUnsafe() {
        for (var unsafe : new String[]{"../x.png", "a/../../x.png", "/etc/passwd", "C:/Windows/x.png", "a\\..\\x.png",
                "..", "", "a/\0.png"}) {
            assertThat(ImportSource.safe(unsafe)).as(unsafe).isFalse();
        }
        for (var safe : new String[]{"x.png", "1999/شهادة ميلاد.tif", "a/b/c.pdf", "a..b.png", "...png"}) {
            assertThat(ImportSource.safe(safe)).as(safe).isTrue();
        }
    }

    @Test
    void anArchiveEntryIsCutOffWhenItUnpacksLikeABombOrPastItsLimit() throws IOException {
        var zeros = new byte[8 * 1024 * 1024];
        assertThat(ImportSource.readBounded(new ByteArrayInputStream(zeros), Long.MAX_VALUE, 8_000, 100))
                .isInstanceOf(ImportSource.Read.Bomb.class);
        assertThat(ImportSource.readBounded(new ByteArrayInputStream(zeros), 1_000_000, 0, 100))
                .isInstanceOf(ImportSource.Read.TooLarge.class);
        // A blank page compresses well too; below a megabyte that is no bomb.
        assertThat(ImportSource.readBounded(new ByteArrayInputStream(new byte[500_000]), Long.MAX_VALUE, 600, 100))
                .isInstanceOf(ImportSource.Read.Bytes.class);
    }

    @Test
    void theCsvIsReadWithQuotedArabicTitlesArabicDigitsAndABom() {
        var csv = "\uFEFFfile,type,department,person_id,date,reference,classification,title\r\n"
                + "1999/a.tif,Birth-Certificate,Civil-Status,١٠٠٠٠٠٠٠٠٨,٢٠١٩/٠٣/٠٧,م-١٢,confidential,\"شهادة ميلاد، نسخة \"\"أصلية\"\"\"\r\n"
                + "b.png,letter,traffic,1000000016,2020-01-02,R-2\r\n";
        var lines = ((MetadataCsv.Lines) MetadataCsv.parse(csv.getBytes(StandardCharsets.UTF_8))).lines();

        var first = lines.getFirst();
        assertThat(first.problem()).isNull();
        assertThat(first.path()).isEqualTo("1999/a.tif");
        assertThat(first.kind()).isEqualTo("birth-certificate");
        assertThat(first.department()).isEqualTo("civil-status");
        assertThat(first.personId()).isEqualTo("1000000008");
        assertThat(first.date()).isEqualTo(LocalDate.of(2019, 3, 7));
        assertThat(first.reference()).isEqualTo("م-12");
        assertThat(first.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(first.title()).isEqualTo("شهادة ميلاد، نسخة \"أصلية\"");
        assertThat(lines.get(1).classification()).isEqualTo(Classification.INTERNAL);
        assertThat(lines.get(1).title()).isNull();
    }

    @Test
    void eachBadLineGetsItsOwnReason() {
        var csv = MetadataCsv.REQUIRED.stream().reduce((a, b) -> a + "," + b).orElseThrow() + ",classification\n"
                + "a.png,letter\n"
                + "b.png,letter,traffic,,2020-01-01,R\n"
                + "c.png,letter,traffic,12ab,2020-01-01,R\n"
                + "d.png,letter,traffic,1000000008,31/12/2020,R\n"
                + "e.png,letter,traffic,1000000008,2020-01-01,R,TOP-SECRET\n"
                + "../f.png,letter,traffic,1000000008,2020-01-01,R\n";
        var lines = ((MetadataCsv.Lines) MetadataCsv.parse(csv.getBytes(StandardCharsets.UTF_8))).lines();
        assertThat(lines).extracting(MetadataCsv.Line::problem).containsExactly(ImportProblem.MISSING_COLUMNS,
                ImportProblem.MISSING_VALUE, ImportProblem.BAD_PERSON_ID, ImportProblem.BAD_DATE,
                ImportProblem.BAD_CLASSIFICATION, ImportProblem.PATH_UNSAFE);
        assertThat(lines.get(1).detail()).isEqualTo("person_id");
        assertThat(lines).extracting(MetadataCsv.Line::number).containsExactly(2, 3, 4, 5, 6, 7);
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsNamesThem() {
        assertThat(MetadataCsv.parse("file;type;date\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new MetadataCsv.MissingColumns(MetadataCsv.REQUIRED));
        assertThat(MetadataCsv.parse("file,type,person_id,date\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new MetadataCsv.MissingColumns(List.of("department", "reference")));
    }

    @Test
    void aQuoteNeverClosedMakesTheWholeCsvUnreadableRatherThanSwallowingTheLinesAfterIt() {
        var csv = "file,type,department,person_id,date,reference,title\n"
                + "a.png,letter,traffic,1000000008,2020-01-01,R-1,\"عنوان بلا نهاية\n"
                + "b.png,letter,traffic,1000000016,2020-01-02,R-2,ثان\n";
        assertThat(MetadataCsv.parse(csv.getBytes(StandardCharsets.UTF_8))).isInstanceOf(MetadataCsv.Malformed.class);
    }

    @Test
    void aQuotedLineBreakStaysInsideItsFieldAndBlankLinesAreSkipped() {
        var csv = "file,type,department,person_id,date,reference,title\n\n"
                + "a.png,letter,traffic,1000000008,2020-01-01,R-1,\"سطر أول\nسطر ثان\"\n\n"
                + "b.png,letter,traffic,1000000016,2020-01-02,R-2,\n";
        var lines = ((MetadataCsv.Lines) MetadataCsv.parse(csv.getBytes(StandardCharsets.UTF_8))).lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().title()).isEqualTo("سطر أول\nسطر ثان");
        assertThat(lines.get(1).path()).isEqualTo("b.png");
    }
}
