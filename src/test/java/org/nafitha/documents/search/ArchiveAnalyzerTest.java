package org.nafitha.documents.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The spellings people type meet the spellings in the archive. */
class ArchiveAnalyzerTest {

    private final ArchiveAnalyzer analyzer = new ArchiveAnalyzer();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "احمد, أحمد",            // hamza above
            "احمد, إحمد",            // hamza below
            "احمد, آحمد",            // madda
            "مدرسه, مدرسة",          // ta marbuta and ha
            "مصطفي, مصطفى",          // alef maqsura and ya
            "مدرسة, مـــدرسـة",      // tatweel
            "احمد, أَحْمَد",          // diacritics
            "مدرسة, المدرسة",        // the article, light stemming
            "مدرسة, والمدرسة",       // wa + the article
            "سفر, السفر",
            "1234567, ١٢٣٤٥٦٧",      // Arabic-Indic digits
            "1234567, ۱۲۳۴۵۶۷",      // Persian digits
            "علي, علی",              // Persian yeh
            "passport, PASSPORT"
    })
    void variantSpellingsAreOneWord(String typed, String archived) throws IOException {
        assertThat(words(typed)).isEqualTo(words(archived)).isNotEmpty();
    }

    @Test
    void differentNamesStayDifferent() throws IOException {
        assertThat(words("أحمد")).isNotEqualTo(words("محمد"));
        assertThat(words("مدرسة")).isNotEqualTo(words("مدينة"));
    }

    @Test
    void lucenesSyntaxIsJustText() throws IOException {
        assertThat(words("title:(أحمد AND \"مدرسة\"~2) OR [* TO *] \\ ^3")).contains("احمد", "مدرس");
    }

    private List<String> words(String text) throws IOException {
        var words = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) words.add(term.toString());
            stream.end();
        }
        return words;
    }
}
