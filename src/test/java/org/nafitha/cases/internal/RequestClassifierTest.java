package org.nafitha.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.catalogue.Catalogue;

/** Free-text requests at the counter, as visitors say them, against the real catalogue. */
class RequestClassifierTest {

    private final RequestClassifier classifier = new RequestClassifier(new Catalogue());

    private String best(String request) {
        return classifier.suggest(request, 5).getFirst().service().code();
    }

    @Test
    void dialectAndSpellingVariantsFindTheService() {
        assertThat(best("أبغى أجدد رخصة السواقة")).isEqualTo("driving-licence-renewal");
        assertThat(best("ابي اجدد رخصه القياده")).isEqualTo("driving-licence-renewal");
        assertThat(best("بغيت أجدد الجواز")).isEqualTo("passport-renewal");
        assertThat(best("I want to renew my driving licence")).isEqualTo("driving-licence-renewal");
    }

    @Test
    void theOtherDrivingLicenceServicesComeAfterTheBestMatch() {
        var codes = classifier.suggest("أبغى أجدد رخصة السواقة", 5).stream().map(s -> s.service().code()).toList();
        assertThat(codes).contains("driving-licence-replacement").doesNotContain("leave-request");
    }

    @Test
    void politeWordsAloneSuggestNothing() {
        assertThat(classifier.suggest("لو سمحت ممكن", 5)).isEmpty();
        assertThat(classifier.suggest("   ", 5)).isEmpty();
    }

    @Test
    void internalStaffServicesAreNotOfferedToVisitors() {
        assertThat(classifier.suggest("طلب إجازة", 5)).noneMatch(s -> s.service().department().equals("internal"));
    }
}
