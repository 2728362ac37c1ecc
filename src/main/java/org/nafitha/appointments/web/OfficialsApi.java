package org.nafitha.appointments.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.nafitha.appointments.internal.officials.Official;
import org.nafitha.appointments.internal.officials.Officials;
import org.nafitha.appointments.internal.officials.Session;
import org.nafitha.catalogue.LocalizedText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who receives and when, open to all: the officials one may ask to meet and their public-session days. */
@RestController
@Tag(name = "Meeting officials")
@SecurityRequirement(name = "bearer")
class OfficialsApi {

    private final Officials officials;
    private final Clock clock;

    OfficialsApi(Officials officials, Clock clock) {
        this.officials = officials;
        this.clock = clock;
    }

    @Schema(example = """
            {"id": "passports-director",
             "name": {"ar": "الفريق سليمان بن عبد العزيز اليحيى", "en": "Lt. Gen. Sulaiman bin Abdulaziz Al-Yahya"},
             "title": {"ar": "مدير عام الجوازات", "en": "Director General of Passports"}, "department": "passports"}""")
    record OfficialView(String id, LocalizedText name, LocalizedText title, String department) {
        static OfficialView of(Official o) {
            return new OfficialView(o.id(), new LocalizedText(o.nameAr(), o.nameEn()),
                    new LocalizedText(o.titleAr(), o.titleEn()), o.department());
        }
    }

    @Schema(example = """
            {"id": 17, "official": "minister", "startsAt": "2026-03-29T19:00:00+03:00", "minutes": 120,
             "place": {"ar": "ديوان وزارة الداخلية — الرياض", "en": "Ministry of Interior court — Riyadh"}}""")
    record SessionView(long id, String official, Instant startsAt, int minutes, LocalizedText place) {
        static SessionView of(Session s) {
            return new SessionView(s.id(), s.officialId(), s.startsAt(), s.minutes(), new LocalizedText(s.placeAr(), s.placeEn()));
        }
    }

    @Operation(operationId = "meetingRequestsOfficials",
            summary = "The officials one may ask to meet")
    @GetMapping("/api/v1/officials")
    List<OfficialView> officials() {
        return officials.all().stream().map(OfficialView::of).toList();
    }

    @Operation(operationId = "meetingRequestsSessions",
            summary = "Officials' public-session days to come (open to all, no request needed)")
    @GetMapping("/api/v1/officials/sessions")
    List<SessionView> sessions() {
        return officials.publicSessions(clock.instant()).stream().map(SessionView::of).toList();
    }
}
