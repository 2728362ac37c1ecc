package org.nafitha.assistant.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;

/** Already folded and analysed words ({@link QuestionAnalyzer}) reach the index as they are. */
final class AsAnalysed extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, source);
    }
}
