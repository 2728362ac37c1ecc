package org.nafitha.assistant.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Before the stemmer, a leading «و» (and so «وال») is hidden from it; after it, restored. */
final class KeepLeadingWaw extends TokenFilter {
    private static final char HIDDEN = '\uE000';
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean hide;

    KeepLeadingWaw(TokenStream input, boolean hide) {
        super(input);
        this.hide = hide;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        var b = term.buffer();
        if (hide && term.length() > 1 && b[0] == 'و') b[0] = HIDDEN;
        else if (!hide && term.length() > 0 && b[0] == HIDDEN) b[0] = 'و';
        return true;
    }
}
