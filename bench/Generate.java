// Nafitha data generator: realistic Arabic people for civil_register and passport-renewal cases
// with their timelines, as one SQL script of COPY blocks on standard output.
//
//   java bench/Generate.java --people 100000 --cases 100000 --seed 42 --first-seq 1 | psql -v ON_ERROR_STOP=1 DB
//
// Use bench/generate, which reserves the case reference numbers in the database first. JDK only,
// no dependencies. The same arguments always give the same rows (SplittableRandom, fixed dates),
// from a thousand rows up to ten million and more: rows are streamed, nothing is held in memory.
//
// People: 10-digit national IDs with a Luhn check digit, 1… citizens and 2… residents (about
// one in five), unique by construction (a bijection of the row number), never one of the demo
// IDs. Arabic names are written the way people really type them, so the same name comes in
// spelling variants: أحمد/احمد, إبراهيم/ابراهيم, عبدالله/عبد الله, يحيى/يحيي, with bin/bint and a
// family name for citizens; the English transliterations vary too (Ahmed/Ahmad, Mohammed/Muhammad).
//
// Cases: passport renewals by citizens of the register, across every state of the workflow
// (AWAITING_DOCUMENTS, SUBMITTED, INFO_REQUESTED, PENDING_REVIEW, APPROVED, REJECTED), each with
// the timeline steps that lead to its state, submitted between 2024-01-01 and 2025-12-31.

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

public class Generate {

    /** A name with its spelling variants in Arabic and in English transliteration. */
    record Name(String[] ar, String[] en) {
    }

    static Name n(String ar, String en) {
        return new Name(ar.split("\\|"), en.split("\\|"));
    }

    static final List<Name> MALE = List.of(
            n("أحمد|احمد", "Ahmed|Ahmad"), n("محمد", "Mohammed|Muhammad|Mohamed"),
            n("عبدالله|عبد الله", "Abdullah|Abdallah"), n("عبدالرحمن|عبد الرحمن", "Abdulrahman|Abdelrahman"),
            n("عبدالعزيز|عبد العزيز", "Abdulaziz"), n("إبراهيم|ابراهيم", "Ibrahim"),
            n("خالد", "Khalid|Khaled"), n("فهد", "Fahd|Fahad"), n("سعد", "Saad|Sa'ad"), n("علي", "Ali"),
            n("سلطان", "Sultan"), n("يحيى|يحيي", "Yahya|Yahia"), n("مصطفى|مصطفي", "Mustafa|Mostafa"),
            n("عمر", "Omar|Umar"), n("يوسف", "Yousef|Yusuf"), n("ماجد", "Majed|Majid"),
            n("نايف", "Naif|Nayef"), n("تركي", "Turki"), n("سليمان", "Suleiman|Sulaiman"),
            n("إسماعيل|اسماعيل", "Ismail"), n("حسن", "Hassan|Hasan"), n("فيصل", "Faisal|Faysal"),
            n("بندر", "Bandar"), n("مشعل", "Mishal|Meshal"), n("عبدالكريم|عبد الكريم", "Abdulkarim"));

    static final List<Name> FEMALE = List.of(
            n("نورة|نوره", "Noura|Nora"), n("سارة|ساره", "Sarah|Sara"), n("فاطمة|فاطمه", "Fatimah|Fatima"),
            n("عائشة|عايشة", "Aisha|Aishah"), n("ريم", "Reem|Rim"), n("ليلى|ليلي", "Layla|Laila"),
            n("هيا|هياء", "Haya"), n("منيرة|منيره", "Munira|Mounira"), n("أمل|امل", "Amal"),
            n("هند", "Hind"), n("لطيفة|لطيفه", "Latifa|Latifah"), n("مريم", "Maryam|Mariam"),
            n("جواهر", "Jawaher"), n("أسماء|اسماء", "Asma|Asmaa"), n("دانة|دانه", "Dana"),
            n("شهد", "Shahad"), n("رهف", "Rahaf"), n("العنود", "Alanoud|Al-Anoud"));

    static final List<Name> FAMILY = List.of(
            n("الزهراني", "Al-Zahrani|Alzahrani"), n("القحطاني", "Al-Qahtani|Alqahtani"),
            n("الغامدي", "Al-Ghamdi|Alghamdi"), n("العتيبي", "Al-Otaibi|Alotaibi"), n("الشمري", "Al-Shammari"),
            n("الدوسري", "Al-Dossari|Aldosari"), n("الحربي", "Al-Harbi"), n("المطيري", "Al-Mutairi"),
            n("العنزي", "Al-Enezi|Al-Anazi"), n("السبيعي", "Al-Subaie"), n("الشهري", "Al-Shehri"),
            n("المالكي", "Al-Maliki"), n("العمري", "Al-Omari"), n("الأحمدي|الاحمدي", "Al-Ahmadi"),
            n("آل سعود|ال سعود", "Al Saud"), n("الرشيد", "Al-Rasheed|Al-Rashid"), n("البقمي", "Al-Buqami"),
            n("الجهني", "Al-Juhani"), n("الثبيتي", "Al-Thubaiti"), n("العسيري", "Al-Asiri"));

    /** Residents: names common among the kingdom's residents, with the family or father's name. */
    static final List<Name> RESIDENT_FAMILY = List.of(
            n("خان", "Khan"), n("حسين", "Hussain|Hussein"), n("يوسف", "Yousif|Yousef"),
            n("عبد الرحيم|عبدالرحيم", "Abdulrahim"), n("المصري", "Al-Masri"), n("الحلبي", "Al-Halabi"),
            n("إقبال|اقبال", "Iqbal"), n("رحمن", "Rahman"), n("عثمان", "Osman|Othman"), n("صديقي", "Siddiqui"));

    static final String[] PASSPORT_COUNTRY = {"PK", "IN", "EG", "SD", "YE", "JO", "BD", "PH"};

    static final Instant CASES_FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant CASES_TO = Instant.parse("2025-12-31T00:00:00Z");
    // ID bodies: 1000 + (A*i + B mod M), a bijection of the row number onto 00001000..99999999, so
    // IDs are unique, look random, and never meet the demo IDs (bodies 00000000..00000999).
    static final long M = 99_999_000L;
    static final long A = 48_271_027L; // coprime with M
    static final long B = 31_415_926L;

    public static void main(String[] args) throws IOException {
        long people = 1000, cases = -1, accounts = 0, seed = 42, firstSeq = 1;
        boolean register = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--people" -> people = Long.parseLong(args[++i].replace("_", ""));
                case "--cases" -> cases = Long.parseLong(args[++i].replace("_", ""));
                case "--accounts" -> accounts = Long.parseLong(args[++i].replace("_", ""));
                case "--no-register" -> register = false;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--first-seq" -> firstSeq = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: java Generate.java [--people N] [--cases N] [--accounts N] [--no-register] [--seed S] [--first-seq K]");
                    System.exit(2);
                }
            }
        }
        if (cases < 0) cases = people;
        if (people < 1 || people > M) throw new IllegalArgumentException("--people 1.." + M);
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        out.write("SET client_encoding = 'UTF8';\nBEGIN;\n");

        // People. The same random stream per row index, so cases can recompute any person cheaply.
        var row = new StringBuilder(256);
        if (register) out.write("COPY civil_register (national_id, full_name_ar, full_name_en, date_of_birth, passport_number, "
                + "passport_expiry, mobile) FROM stdin;\n");
        for (long i = 0; register && i < people; i++) {
            var p = person(seed, i);
            row.setLength(0);
            field(row, p.id).append('\t');
            field(row, p.nameAr).append('\t');
            field(row, p.nameEn).append('\t');
            field(row, p.born.toString()).append('\t');
            field(row, p.passport).append('\t');
            field(row, p.expiry == null ? null : p.expiry.toString()).append('\t');
            field(row, p.mobile).append('\n');
            out.append(row);
        }
        if (register) out.write("\\.\n");

        // Portal accounts of the first N people of the register: a ministry's accounts table holds
        // millions of citizens beside a few thousand staff. Their password hash is not a hash ("!"
        // can match no password), so a generated account can never sign in.
        if (accounts > people) throw new IllegalArgumentException("--accounts cannot exceed --people");
        if (accounts > 0) {
            out.write("COPY accounts (username, national_id, display_name_ar, display_name_en, password_hash, roles, "
                    + "department, mobile, enabled) FROM stdin;\n");
            for (long i = 0; i < accounts; i++) {
                var p = person(seed, i);
                row.setLength(0);
                field(row, p.id).append('\t');
                field(row, p.id).append('\t');
                field(row, p.nameAr).append('\t');
                field(row, p.nameEn).append('\t');
                field(row, "!generated").append('\t');
                field(row, "APPLICANT").append('\t');
                field(row, null).append('\t');
                field(row, p.mobile).append('\t');
                field(row, "t").append('\n');
                out.append(row);
            }
            out.write("\\.\n");
        }

        // Cases and their timelines: two COPY blocks, so the cases are generated twice from the
        // same seeds rather than held in memory.
        if (cases > 0) {
            out.write("COPY cases (reference, service_code, service_version, department, applicant, submitted_by, status, "
                    + "answers, version, submitted_at, updated_at) FROM stdin;\n");
            for (long c = 0; c < cases; c++) {
                var k = kase(seed, c, people, firstSeq);
                var last = k.steps.get(k.steps.size() - 1);
                row.setLength(0);
                field(row, k.reference).append('\t').append("passport-renewal\t1\tpassports\t");
                field(row, k.applicant.id).append('\t');
                field(row, k.applicant.id).append('\t');
                field(row, k.status).append('\t');
                field(row, k.answers).append('\t');
                row.append(k.steps.size() - 1).append('\t');
                field(row, ts(k.steps.get(0).at)).append('\t');
                field(row, ts(last.at)).append('\n');
                out.append(row);
            }
            out.write("\\.\n");
            out.write("COPY case_timeline (case_reference, at, action, from_status, to_status, actor, actor_role, note) "
                    + "FROM stdin;\n");
            for (long c = 0; c < cases; c++) {
                var k = kase(seed, c, people, firstSeq);
                for (var s : k.steps) {
                    row.setLength(0);
                    field(row, k.reference).append('\t');
                    field(row, ts(s.at)).append('\t');
                    field(row, s.action).append('\t');
                    field(row, s.from).append('\t');
                    field(row, s.to).append('\t');
                    field(row, s.actor).append('\t');
                    field(row, s.role).append('\t');
                    field(row, s.note).append('\n');
                    out.append(row);
                }
            }
            out.write("\\.\n");
        }
        out.write("COMMIT;\n");
        if (register) out.write("ANALYZE civil_register;\n");
        if (accounts > 0) out.write("ANALYZE accounts;\n");
        if (cases > 0) out.write("ANALYZE cases;\nANALYZE case_timeline;\n");
        out.flush();
    }

    record Person(String id, String nameAr, String nameEn, LocalDate born, String passport, LocalDate expiry,
                  String mobile) {
    }

    static Person person(long seed, long index) {
        var r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        boolean resident = r.nextInt(5) == 0;
        long body = 1000 + (A * index + B) % M; // A * index < 2^63 for index < M
        var payload = (resident ? "2" : "1") + "%08d".formatted(body);
        var id = payload + checkDigit(payload);
        boolean female = r.nextBoolean();
        var first = pick(r, female ? FEMALE : MALE);
        String ar, en;
        if (resident) {
            var father = pick(r, MALE);
            var family = pick(r, RESIDENT_FAMILY);
            ar = variant(r, first.ar) + " " + variant(r, father.ar) + " " + variant(r, family.ar);
            en = variant(r, first.en) + " " + variant(r, father.en) + " " + variant(r, family.en);
        } else {
            var father = pick(r, MALE);
            var family = pick(r, FAMILY);
            ar = variant(r, first.ar) + (female ? " بنت " : " بن ") + variant(r, father.ar) + " " + variant(r, family.ar);
            en = variant(r, first.en) + (female ? " bint " : " bin ") + variant(r, father.en) + " " + variant(r, family.en);
        }
        var born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 60));
        String passport = null;
        LocalDate expiry = null;
        if (r.nextInt(10) < 8) {
            passport = resident ? PASSPORT_COUNTRY[r.nextInt(PASSPORT_COUNTRY.length)] + "%07d".formatted(r.nextInt(10_000_000))
                    : "R" + "%08d".formatted(r.nextInt(100_000_000));
            expiry = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(365 * 8));
        }
        String mobile = r.nextInt(10) < 9
                ? "+9665" + "0345689".charAt(r.nextInt(7)) + "%07d".formatted(r.nextInt(10_000_000)) : null;
        return new Person(id, ar, en, born, passport, expiry, mobile);
    }

    record Step(Instant at, String action, String from, String to, String actor, String role, String note) {
    }

    record Kase(String reference, Person applicant, String status, String answers, List<Step> steps) {
    }

    static final String[] INFO_NOTES = {"الصورة غير واضحة، يرجى رفع صورة بخلفية بيضاء", "يرجى تأكيد رقم الجوال",
            "يرجى إرفاق صورة الجواز الحالي"};
    static final String[] REJECT_NOTES = {"توجد مخالفات غير مسددة", "الجواز الحالي ساري لأكثر من ستة أشهر",
            "لم يبلغ مقدم الطلب السن المطلوبة"};

    static Kase kase(long seed, long index, long people, long firstSeq) {
        var r = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + index + 0x5DEECE66DL);
        // Applicants are citizens: draw people until one is (four in five are).
        Person applicant;
        do {
            applicant = person(seed, r.nextLong(people));
        } while (!applicant.id.startsWith("1") && people > 1 && r.nextInt(50) != 0);
        var submitted = CASES_FROM.plusSeconds(r.nextLong(CASES_TO.getEpochSecond() - CASES_FROM.getEpochSecond()));
        int year = submitted.atZone(ZoneOffset.ofHours(3)).getYear();
        var number = "%06d".formatted(firstSeq + index);
        var reference = "PSP-" + year + "-" + number + "-" + checkDigit(year + number);
        var validity = r.nextBoolean() ? "10" : "5";
        var mobile = applicant.mobile != null ? "0" + applicant.mobile.substring(4) : "05" + "%08d".formatted(r.nextInt(100_000_000));
        var answers = "{\"fullName\":\"" + applicant.nameAr + "\",\"dateOfBirth\":\"" + applicant.born
                + "\",\"currentPassportNumber\":\"" + (applicant.passport == null ? "" : applicant.passport)
                + "\",\"validityYears\":\"" + validity + "\",\"mobile\":\"" + mobile + "\"}";

        // Where the case got to: weights over the workflow's states.
        int roll = r.nextInt(100);
        String target = roll < 45 ? "APPROVED" : roll < 53 ? "REJECTED" : roll < 68 ? "PENDING_REVIEW"
                : roll < 83 ? "SUBMITTED" : roll < 93 ? "AWAITING_DOCUMENTS" : "INFO_REQUESTED";
        var steps = new ArrayList<Step>(5);
        var at = submitted;
        String me = applicant.id;
        String officer = r.nextBoolean() ? "officer1" : "officer2";
        if (target.equals("AWAITING_DOCUMENTS")) {
            steps.add(new Step(at, "submit", "NEW", "AWAITING_DOCUMENTS", me, "APPLICANT", null));
        } else {
            if (r.nextInt(4) == 0) { // submitted without the photo, completed later
                steps.add(new Step(at, "submit", "NEW", "AWAITING_DOCUMENTS", me, "APPLICANT", null));
                at = at.plusSeconds(600 + r.nextInt(3 * 86400));
                steps.add(new Step(at, "complete", "AWAITING_DOCUMENTS", "SUBMITTED", me, "APPLICANT", null));
            } else {
                steps.add(new Step(at, "submit", "NEW", "SUBMITTED", me, "APPLICANT", null));
            }
            if (!target.equals("SUBMITTED")) {
                if (target.equals("INFO_REQUESTED") || r.nextInt(10) == 0 && !target.equals("REJECTED")) {
                    at = at.plusSeconds(3600 + r.nextInt(2 * 86400));
                    steps.add(new Step(at, "request-info", "SUBMITTED", "INFO_REQUESTED", officer, "OFFICER",
                            INFO_NOTES[r.nextInt(INFO_NOTES.length)]));
                    if (!target.equals("INFO_REQUESTED")) {
                        at = at.plusSeconds(3600 + r.nextInt(2 * 86400));
                        steps.add(new Step(at, "provide-info", "INFO_REQUESTED", "SUBMITTED", me, "APPLICANT",
                                "تم رفع صورة جديدة"));
                    }
                }
                if (target.equals("REJECTED")) {
                    at = at.plusSeconds(3600 + r.nextInt(3 * 86400));
                    steps.add(new Step(at, "reject", "SUBMITTED", "REJECTED", officer, "OFFICER",
                            REJECT_NOTES[r.nextInt(REJECT_NOTES.length)]));
                } else if (target.equals("PENDING_REVIEW") || target.equals("APPROVED")) {
                    at = at.plusSeconds(3600 + r.nextInt(3 * 86400));
                    steps.add(new Step(at, "approve", "SUBMITTED", "PENDING_REVIEW", officer, "OFFICER", null));
                    if (target.equals("APPROVED")) {
                        at = at.plusSeconds(1800 + r.nextInt(2 * 86400));
                        steps.add(new Step(at, "confirm", "PENDING_REVIEW", "APPROVED", "reviewer1", "REVIEWER", null));
                    }
                }
            }
        }
        return new Kase(reference, applicant, target, answers, steps);
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** The first spelling most of the time, another one now and then, as in real registers. */
    static String variant(SplittableRandom r, String[] spellings) {
        return spellings.length == 1 || r.nextInt(3) != 0 ? spellings[0] : spellings[1 + r.nextInt(spellings.length - 1)];
    }

    static int checkDigit(String payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    static String ts(Instant at) {
        return TS.format(at.atOffset(ZoneOffset.UTC));
    }

    /** COPY text format: \N for null, backslash, tab and newlines escaped. */
    static StringBuilder field(StringBuilder sb, String value) {
        if (value == null) return sb.append("\\N");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb;
    }
}
