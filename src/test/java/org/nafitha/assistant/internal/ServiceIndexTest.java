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

    @Test
    void aNegatedWordIsNotWhatTheQuestionIsAbout() {
        // not lost: expired
        assertThat(index.codes("الهوية مش ضايعة بس خلصت")).startsWith("national-id-renewal");
        assertThat(index.codes("my passport is not lost, it expired")).startsWith("passport-renewal");
        // a denial is an objection, never the car it denies
        assertThat(index.codes("وصلتني مخالفة ساهر وانا ما كنت بالسيارة")).startsWith("traffic-violation-objection");
        assertThat(index.codes("got a speeding fine but it wasn't me")).startsWith("traffic-violation-objection");
        // the lexicon's own negations still mean what they say
        assertThat(index.codes("ولدي ما عنده جواز")).startsWith("passport-issue");
    }

    @Test
    void anyWordTheLexiconReadsAsADamageMakesANewOneItsReplacement() {
        // "shredded" is no word of the facts' own list: the lexicon's line for a damage tells it all the same
        assertThat(index.codes("my little boy shredded my passport, I need a new one")).startsWith("passport-damaged");
    }

    @Test
    void aPhraseIsMetWithItsFirstWordInAnotherPersonOrWithAParticle() {
        // «خلص عقدي» (my contract ended) said «بيخلص عقدي» (it will end): not a renewal, not a marriage contract
        assertThat(index.codes("بيخلص عقدي الشهر الجاي")).startsWith("final-exit-visa");
    }

    @Test
    void somethingStolenIsThePolicesAndAPaperOfOursStolenItsReplacementNotAFirstIssue() {
        assertThat(index.codes("انسرقت دراجتي من الحديقة")).startsWith("police-report");
        assertThat(index.codes("my passport got stolen")).startsWith("passport-lost");
        // a theft says what is to be done, the replacement: no first issue comes ahead for want of a verb
        assertThat(index.codes("رخصة السواقة اتسرقت")).startsWith("driving-licence-replacement");
    }

    @Test
    void aJobAskedForIsAnEmployersBusiness() {
        assertThat(index.codes("ابغى وظيفة في شركة")).isEmpty();
        assertThat(index.codes("looking for jobs in sales")).isEmpty();
    }

    @Test
    void aDocumentOfOursStolenWithABagIsTheDocumentsReplacementFirst() {
        assertThat(index.codes("هويتي انسرقت مع الشنطة")).startsWith("national-id-replacement");
        assertThat(index.codes("رخصة السواقة انسرقت مع المحفظة")).startsWith("driving-licence-replacement");
    }

    @Test
    void aPersonsStoryAroundOneClearThingDoesNotHideIt() {
        assertThat(index.codes("I left my wallet in a taxi yesterday")).startsWith("lost-item-report");
        assertThat(index.codes("كيف نبلغ عن وفاة صارت بالبيت")).startsWith("death-certificate");
        // but not when the thing is another authority's
        assertThat(index.codes("ابي اسجل براءة اختراع")).isEmpty();
    }

    @Test
    void ourWordThatOnlySaysWhoseAnotherAuthoritysThingIsDoesNotMakeItOurs() {
        assertThat(index.codes("renew my car insurance")).isEmpty();
        assertThat(index.codes("ابي اجدد تأمين المركبة")).isEmpty();
        assertThat(index.codes("ابي اجدد استمارة المركبة")).startsWith("vehicle-registration-renewal");
    }

    @Test
    void anotherAuthorityWhatOurPaperIsForOrACountrySomeoneComesFromIsOnlyACircumstance() {
        assertThat(index.codes("ابي شهادة حسن سيرة للسفارة")).startsWith("good-conduct-certificate");
        assertThat(index.codes("certificate of good conduct for the embassy")).startsWith("good-conduct-certificate");
        assertThat(index.codes("صاحبي يبي يجي يزورني من كندا")).startsWith("visit-visa");
        assertThat(index.codes("ابي اسافر لماليزيا وارجع")).startsWith("exit-reentry-visa");
        // what something was done through: a fraud on the internet is ours, a subscription to it is not
        assertThat(index.codes("نصبوا علي عالنت")).startsWith("cybercrime-report");
        assertThat(index.codes("someone scammed me over the internet")).startsWith("cybercrime-report");
        assertThat(index.codes("ابي انترنت")).isEmpty();
        // a country in a question that asks for no travel paper is only where something is
        assertThat(index.codes("need a police clearance for a job in Canada")).startsWith("good-conduct-certificate");
        // a visa to another country, and a passport for an animal, are not ours
        assertThat(index.codes("تأشيرة لليابان")).isEmpty();
        assertThat(index.codes("visa for France")).isEmpty();
        assertThat(index.codes("passport for my dog")).isEmpty();
        assertThat(index.codes("جواز سفر للقطة")).isEmpty();
    }

    @Test
    void theDriverIsAWorkerNotDriving() {
        assertThat(index.codes("ابي اقامة للسواق")).startsWith("residence-issue");
        assertThat(index.codes("ابي اطلع رخصة سواقة")).startsWith("driving-licence-issue");
    }

    @Test
    void aPaperAskedForAnewAfterALossIsItsReplacement() {
        assertThat(index.codes("my passport was stolen and I need a new one")).startsWith("passport-lost");
        assertThat(index.codes("ضاعت رخصتي وابي وحدة جديدة")).startsWith("driving-licence-replacement");
    }

    @Test
    void aPaperAskedForWithoutSayingWhatToDoIsItsFirstIssue() {
        assertThat(index.codes("ابغى جواز لولدي")).startsWith("passport-issue");
        // but a word nobody wrote may be what to do, misspelt
        assertThat(index.codes("pasport renwal")).startsWith("passport-renewal");
    }

    @Test
    void aThingsKindOfPaperDoesNotMakeTheQuestionAboutEveryPaperOfThatKind() {
        // a birth at a foreign embassy is not our death certificate because both are certificates
        assertThat(index.codes("تسجيل ولادة في سفارة بلدي")).isEmpty();
        assertThat(index.codes("وصلت بتأشيرة عمل وابغى الاقامة")).startsWith("residence-issue");
    }

    @Test
    void theTanweenAlefAndAFillerWithACliticAreReadAsTheWordAndTheFiller() {
        // «حاسباً محمولاً», «بدلاً»: the accusative's alef is not part of the word
        assertThat(index.codes("أحتاج حاسباً محمولاً للعمل")).startsWith("equipment-request");
        // «اعملها»: doing it says nothing, and is never work
        assertThat(index.codes("بدي طلّع بيان ولادة لإبني، فيني اعملها اونلاين؟")).startsWith("birth-certificate");
    }

    @Test
    void oneGenericMeaningSaidTwiceCountsOnce() {
        // extracting and getting out the birth certificate are one first issue, not two beside the certificate
        assertThat(index.codes("ابغى استخرج شهادة ميلاد لولدي، من وين اطلعها؟")).startsWith("birth-certificate");
    }

    @Test
    void aPhraseIsMetWithTheConjunctionOrAPossessiveOnItsWords() {
        assertThat(index.codes("هسيب الشغل وأرجع بلدي، أعمل خروج إزاي؟")).startsWith("final-exit-visa");
        assertThat(index.codes("فقدت زوجتي بطاقة إقامتها")).startsWith("residence-lost");
    }

    @Test
    void anotherAuthorityAskingForOurPaperOrAPlaceOneIsInIsACircumstance() {
        assertThat(index.codes("the school is asking for my daughter's birth certificate")).startsWith("birth-certificate");
        assertThat(index.codes("الجامعة اللي برا طالبة فيش جنائي")).startsWith("good-conduct-certificate");
        assertThat(index.codes("my son is in prison and his mother is sick in hospital, can he be let out for a few days"))
                .startsWith("inmate-temporary-release");
        // an authority one goes to for something stays theirs
        assertThat(index.codes("كيف افتح حساب في البنك")).isEmpty();
        assertThat(index.codes("تسجيل مولود في السفارة الهندية")).isEmpty();
        assertThat(index.codes("البنك طالب مني كشف حساب")).isEmpty();
    }

    @Test
    void aQuestionThatFindsNothingIsReadAgainForgivingALetterTypedTwiceOrSwapped() {
        assertThat(index.find(index.parse("عايز أسجل وففاة", false).groups())).isEmpty();
        assertThat(index.codes("عايز أسجل وففاة")).startsWith("death-certificate");
        assertThat(index.find(index.parse("بدي اجتنس", false).groups())).isEmpty();
        assertThat(index.codes("بدي اجتنس")).startsWith("naturalisation");
        // never a short word: a boat's licence is not ours
        assertThat(index.codes("تجدد رخصة القارب")).isEmpty();
    }

    @Test
    void buyingIsOursOnlyForACar() {
        assertThat(index.codes("I'm at the mall and want to buy shoes")).isEmpty();
        assertThat(index.codes("I want to buy a used car")).startsWith("vehicle-ownership-transfer");
    }

    @Test
    void aPossessiveWrittenApartIsGluedOnWhereTheLexiconKnowsTheWordSo() {
        // «البطاقة ديالي»: my card, the ID; a bare card is anybody's
        assertThat(Possessive.glued("البطاقة ديالي ضاعت", w -> w.equals("بطاقتي"))).isEqualTo("بطاقتي ضاعت");
        assertThat(Possessive.glued("البطاقة الوطنية مالتي", w -> w.equals("بطاقتي"))).isEqualTo("البطاقة الوطنية مالتي");
        assertThat(index.codes("البطاقة ديالي ضاعت ليا فالطوبيس")).startsWith("national-id-replacement");
    }

    @Test
    void whoGaveAPaperWhatItIsForAndWhereItHappenedAreOnlyCircumstances() {
        // the doctor who wrote the note, the insurer a loss report is for, one's own shop, under whose sponsorship
        assertThat(index.codes("الدكتور عطاني تقرير طبي واحتاج اجازة مرضية")).startsWith("leave-request");
        assertThat(index.codes("the doctor wrote me a note, how do I request sick leave")).startsWith("leave-request");
        assertThat(index.codes("ضاعت محفظتي في التاكسي واحتاج بلاغ عشان شركة التأمين")).startsWith("lost-item-report");
        assertThat(index.codes("كسروا واجهة محلي بالليل وابي اسوي بلاغ")).startsWith("police-report");
        assertThat(index.codes("كيف اطلع تصريح عمل لعامل جديد على كفالتي")).startsWith("work-permit");
        assertThat(index.codes("ابي شهادة حسن سيرة باش نقدم على وظيفة")).startsWith("good-conduct-certificate");
        assertThat(index.codes("i paid by bank transfer to a fake seller on instagram and he blocked me")).startsWith("cybercrime-report");
    }

    @Test
    void electionsAnInternationalPermitWorkingHoursAndThanksAreNotFound() {
        assertThat(index.codes("كيف اسجل في الانتخابات البلدية")).isEmpty();
        assertThat(index.codes("ابي رخصة قيادة دولية")).isEmpty();
        assertThat(index.codes("اوقات الدوام في رمضان")).isEmpty();
        assertThat(index.codes("شكرا يسلمو كتير")).isEmpty();
    }
}
