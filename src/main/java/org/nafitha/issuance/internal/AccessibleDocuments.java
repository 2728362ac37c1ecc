package org.nafitha.issuance.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nafitha.cases.CaseReference;
import org.nafitha.country.NationalId;
import org.nafitha.issuance.DocumentStatus;
import org.nafitha.registers.CivilRegister;
import org.springframework.stereotype.Service;

/**
 * An issued document as an accessible web page, for people who use a screen reader (a PDF's
 * layout reads poorly aloud): the same words and facts the signed PDF prints, from the same
 * source, in the reader's language — a heading, the ministry's statement, a table of the facts
 * and how to verify it.
 */
@Service
public class AccessibleDocuments {

    private final IssuedDocuments documents;
    private final DocumentWording wording;
    private final CivilRegister register;

    AccessibleDocuments(IssuedDocuments documents, DocumentWording wording, CivilRegister register) {
        this.documents = documents;
        this.wording = wording;
        this.register = register;
    }

    /** One fact of the document: its label and value as printed. */
    public record Fact(String label, String value, boolean latin) {
    }

    public record Readable(String ministry, String title, String statement, List<Fact> facts, String code,
                           String verifyUrl, String verifyText, String signedText, DocumentStatus status,
                           boolean demo, String demoText) {
    }

    /** The case's document in the reader's language; empty until it is issued. */
    public Optional<Readable> forCase(CaseReference reference, Locale locale) {
        return documents.forCase(reference).map(d -> {
            var record = register.find(new NationalId(d.holderId())).orElse(null);
            var p = wording.printed(d, record, d.issuedAt());
            var ar = "ar".equals(locale.getLanguage());
            var labels = ar ? p.ar() : p.en();
            var facts = List.of(
                    new Fact(labels.get("name"), ar ? p.holderNameAr() : p.holderNameEn(), false),
                    new Fact(labels.get("id"), p.holderId(), true),
                    new Fact(labels.get("born"), ar ? p.dateOfBirthAr() : p.dateOfBirthEn(), false),
                    new Fact(labels.get("reference"), p.reference(), true),
                    new Fact(labels.get("issued"), ar ? p.issuedAr() : p.issuedEn(), false));
            return new Readable(ar ? p.ministryAr() : p.ministryEn(), ar ? p.titleAr() : p.titleEn(),
                    labels.get("statement"), facts, p.code(), p.verifyUrl(), labels.get("verify"), labels.get("signed"),
                    d.status(), p.demo(), labels.get("demo"));
        });
    }
}
