package org.nafitha.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.catalogue.Catalogue;

/** The catalogue's index with the lexicon beside it, as the assistant asks it. */
class ServiceIndexTest {

    private final ServiceIndex index = ServiceIndex.of(new Catalogue().all());

    @Test
    void aServiceTiedToTheQuestionOnlyByGenericWordsIsNotOfferedForAThingTheCatalogueDoesNotExplain() {
        // a card, a licence, renewing and losing fit any authority's papers: the bank's card, the pharmacy's licence
        assertThat(index.codes("ضاعت بطاقة الصراف")).isEmpty();
        assertThat(index.codes("ابي اجدد رخصة الصيدلية")).isEmpty();
        // mine — the ID card, the driving licence — are ours
        assertThat(index.codes("ضاعت بطاقتي")).startsWith("national-id-replacement");
        assertThat(index.codes("ابي اجدد رخصة القيادة")).startsWith("driving-licence-renewal");
    }

    @Test
    void arabiziIsReadAsArabic() {
        assertThat(index.codes("bdi jadded hawiyti")).startsWith("national-id-renewal");
        assertThat(index.codes("jawazi da3 mni")).startsWith("passport-lost");
    }

    @Test
    void threeWaysOfSayingOneWordDoNotOutweighTwoWordsOfTheQuestion() {
        // «سجل الاسره» and the marriage after which it is asked for: the family record, not the marriage
        assertThat(index.codes("وين اطلع سجل الاسره بعد الزواج")).startsWith("family-record");
    }
}
