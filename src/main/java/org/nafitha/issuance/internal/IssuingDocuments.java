package org.nafitha.issuance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.nafitha.cases.CaseReference;
import org.nafitha.cases.CaseStatusChanged;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.country.Calendars;
import org.nafitha.country.NationalId;
import org.nafitha.issuance.DocumentIssued;
import org.nafitha.issuance.DocumentStatus;
import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.VerificationCode;
import org.nafitha.registers.CivilRecord;
import org.nafitha.registers.CivilRegister;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Issues the output document of a service when its case reaches APPROVED: worded in both
 * languages from the civil register, rendered, signed with the ministry's key and stored with its
 * verification code — once per case, however often the approval event is delivered.
 */
@Service
public class IssuingDocuments {

    static final String APPROVED = "APPROVED";
    private static final Logger log = LoggerFactory.getLogger(IssuingDocuments.class);
    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale EN = Locale.ENGLISH;

    private final Catalogue catalogue;
    private final CivilRegister register;
    private final Calendars calendars;
    private final MessageSource messages;
    private final PdfRenderer renderer;
    private final PadesSigner signer;
    private final MinistryKey key;
    private final IssuedDocuments documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IssuanceProperties properties;
    private final Clock clock;

    IssuingDocuments(Catalogue catalogue, CivilRegister register, Calendars calendars, MessageSource messages,
                     PdfRenderer renderer, PadesSigner signer, MinistryKey key, IssuedDocuments documents,
                     AuditTrail audit, ApplicationEventPublisher events, IssuanceProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.register = register;
        this.calendars = calendars;
        this.messages = messages;
        this.renderer = renderer;
        this.signer = signer;
        this.key = key;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // Checked as the event is published: other steps get no outbox entry for issuance at all.
    @ApplicationModuleListener(condition = "#event.to() == 'APPROVED'")
    @Async(IssuanceExecutor.LISTENERS)
    void on(CaseStatusChanged event) {
        if (!APPROVED.equals(event.to())) return;
        catalogue.find(event.serviceCode()).filter(s -> s.outputDocument() != null)
                .ifPresent(service -> issue(event.reference(), service, event.applicant()));
    }

    @Transactional
    public void issue(CaseReference reference, ServiceDefinition service, String holderId) {
        if (documents.existsFor(reference)) return;
        var record = register.find(new NationalId(holderId));
        if (record.isEmpty()) log.warn("Issuing {} for {}: the holder is not in the civil register", reference, holderId);
        var now = clock.instant();
        var code = VerificationCode.random();
        var output = service.outputDocument();
        var nameAr = record.map(CivilRecord::fullNameAr).orElse(holderId);
        var nameEn = record.map(CivilRecord::fullNameEn).orElse(holderId);
        var document = new IssuedDocument(UUID.randomUUID(), code, reference, service.code(), service.department(),
                output.ar(), output.en(), holderId, nameAr, nameEn, calendars.today(clock), now, DocumentStatus.VALID, null);
        var pdf = signer.sign(renderer.render(printed(document, record.orElse(null), now)),
                properties.ministryNameEn(), output.en() + " " + reference.value(), now);
        if (!documents.add(document, pdf)) return;
        audit.record(new AuditEntry("system", "SYSTEM", "document.issued", holderId, reference.value(),
                output.en() + " " + code.value(), service.department()));
        events.publishEvent(new DocumentIssued(code, reference, service.code(), holderId, now));
    }

    PrintedDocument printed(IssuedDocument d, @Nullable CivilRecord record, Instant now) {
        var url = properties.publicBaseUrl().replaceAll("/+$", "") + "/verify/" + d.code().value();
        return new PrintedDocument(properties.ministryNameAr(), properties.ministryNameEn(), d.typeAr(), d.typeEn(),
                d.holderNameAr(), d.holderNameEn(), d.holderId(),
                record == null ? "—" : calendars.date(record.dateOfBirth(), AR),
                record == null ? "—" : calendars.date(record.dateOfBirth(), EN),
                calendars.date(d.issuedOn(), AR), calendars.date(d.issuedOn(), EN),
                d.caseReference().value(), d.code().grouped(), url, key.isDemo(),
                labels(AR, d.typeAr(), properties.ministryNameAr()), labels(EN, d.typeEn(), properties.ministryNameEn()));
    }

    private Map<String, String> labels(Locale locale, String type, String ministry) {
        var labels = new LinkedHashMap<String, String>();
        for (var name : new String[]{"name", "id", "born", "reference", "issued", "verify", "signed", "qr", "seal", "demo"}) {
            labels.put(name, messages.getMessage("issuance.pdf." + name, null, locale));
        }
        labels.put("statement", messages.getMessage("issuance.pdf.statement", new Object[]{ministry, type}, locale));
        return labels;
    }
}
