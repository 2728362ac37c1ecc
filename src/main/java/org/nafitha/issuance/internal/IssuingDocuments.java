package org.nafitha.issuance.internal;

import java.time.Clock;
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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the output document of a service when its case reaches APPROVED: worded in both
 * languages from the civil register, rendered, signed with the ministry's key and stored with its
 * verification code — once per case, however often the approval event is delivered.
 */
@Service
public class IssuingDocuments {

    static final String APPROVED = "APPROVED";
    private static final Logger log = LoggerFactory.getLogger(IssuingDocuments.class);

    private final Catalogue catalogue;
    private final CivilRegister register;
    private final Calendars calendars;
    private final DocumentWording wording;
    private final PdfRenderer renderer;
    private final PadesSigner signer;
    private final IssuedDocuments documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IssuanceProperties properties;
    private final Clock clock;

    IssuingDocuments(Catalogue catalogue, CivilRegister register, Calendars calendars, DocumentWording wording,
                     PdfRenderer renderer, PadesSigner signer, IssuedDocuments documents,
                     AuditTrail audit, ApplicationEventPublisher events, IssuanceProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.register = register;
        this.calendars = calendars;
        this.wording = wording;
        this.renderer = renderer;
        this.signer = signer;
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
        var pdf = signer.sign(renderer.render(wording.printed(document, record.orElse(null), now)),
                properties.ministryNameEn(), output.en() + " " + reference.value(), now);
        if (!documents.add(document, pdf)) return;
        audit.record(new AuditEntry("system", "SYSTEM", "document.issued", holderId, reference.value(),
                output.en() + " " + code.value(), service.department()));
        events.publishEvent(new DocumentIssued(code, reference, service.code(), holderId, now));
    }
}
