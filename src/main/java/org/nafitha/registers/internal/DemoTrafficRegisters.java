package org.nafitha.registers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vehicles, driving licences and traffic violations of the demo people (demo profile only). Safe
 * to run on every start: rows already there are left as they are.
 */
@Component
@Profile("demo")
@Order(11)
class DemoTrafficRegisters implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoTrafficRegisters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record DemoVehicle(String plate, String plateAr, String sequence, String owner, String makeAr, String makeEn,
                       String modelAr, String modelEn, int year, String colourAr, String colourEn, LocalDate expiry) {
    }

    record DemoLicence(String number, String holder, String kinds, LocalDate issued, LocalDate expires) {
    }

    record DemoViolation(String number, String holder, String plate, LocalDate on, String placeAr, String placeEn,
                         String kindAr, String kindEn, int amount, boolean paid) {
    }

    static final List<DemoVehicle> VEHICLES = List.of(
            new DemoVehicle("4821 RSD", "٤٨٢١ ر س د", "873214560", "1000000008", "تويوتا", "Toyota", "كامري", "Camry",
                    2021, "أبيض", "white", LocalDate.of(2027, 1, 10)),
            new DemoVehicle("7315 KBA", "٧٣١٥ ك ب ا", "651903227", "1000000008", "هيونداي", "Hyundai", "توسان", "Tucson",
                    2019, "رمادي", "grey", LocalDate.of(2027, 8, 22)),
            new DemoVehicle("2590 LNA", "٢٥٩٠ ل ن ا", "904417382", "1000000016", "كيا", "Kia", "سبورتاج", "Sportage",
                    2022, "أبيض لؤلؤي", "pearl white", LocalDate.of(2027, 3, 15)),
            new DemoVehicle("9034 HTB", "٩٠٣٤ هـ ط ب", "512678093", "2000000006", "نيسان", "Nissan", "صني", "Sunny",
                    2018, "فضي", "silver", LocalDate.of(2026, 12, 28)));

    static final List<DemoLicence> LICENCES = List.of(
            new DemoLicence("4410286531", "1000000008", "private", LocalDate.of(2017, 2, 14), LocalDate.of(2027, 2, 14)),
            new DemoLicence("4420917356", "1000000016", "private", LocalDate.of(2019, 6, 30), LocalDate.of(2029, 6, 30)),
            new DemoLicence("2410553904", "2000000006", "private,public", LocalDate.of(2021, 9, 5), LocalDate.of(2026, 9, 5)));

    static final List<DemoViolation> VIOLATIONS = List.of(
            new DemoViolation("441230587401", "1000000008", "4821 RSD", LocalDate.of(2026, 11, 8),
                    "طريق الملك فهد، الرياض", "King Fahd Road, Riyadh",
                    "تجاوز السرعة المحددة بأكثر من ٢٠ كم/س", "Exceeding the speed limit by more than 20 km/h", 300, false),
            new DemoViolation("441230611925", "1000000008", "7315 KBA", LocalDate.of(2026, 10, 21),
                    "شارع التحلية، جدة", "Tahlia Street, Jeddah",
                    "الوقوف في مكان ممنوع", "Parking where it is prohibited", 150, false),
            new DemoViolation("441229904318", "1000000008", "4821 RSD", LocalDate.of(2026, 3, 2),
                    "الطريق الدائري الشرقي، الرياض", "Eastern Ring Road, Riyadh",
                    "عدم ربط حزام الأمان", "Not wearing a seat belt", 150, true),
            new DemoViolation("441230702266", "1000000016", "2590 LNA", LocalDate.of(2026, 11, 19),
                    "طريق الأمير محمد بن سلمان، الرياض", "Prince Mohammed bin Salman Road, Riyadh",
                    "استخدام الجوال أثناء القيادة", "Using a mobile phone while driving", 500, false),
            new DemoViolation("441229310442", "2000000006", "9034 HTB", LocalDate.of(2025, 12, 11),
                    "طريق الخرج، الرياض", "Al-Kharj Road, Riyadh",
                    "قطع الإشارة الضوئية الحمراء", "Running a red light", 3000, true));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (var v : VEHICLES) {
            jdbc.sql("""
                            INSERT INTO vehicle_register (plate_latin, plate_arabic, sequence_number, owner_national_id,
                                make_ar, make_en, model_ar, model_en, model_year, colour_ar, colour_en, registration_expiry)
                            VALUES (:plate, :plateAr, :seq, :owner, :makeAr, :makeEn, :modelAr, :modelEn, :year,
                                    :colourAr, :colourEn, :expiry)
                            ON CONFLICT DO NOTHING""")
                    .param("plate", v.plate()).param("plateAr", v.plateAr()).param("seq", v.sequence())
                    .param("owner", v.owner()).param("makeAr", v.makeAr()).param("makeEn", v.makeEn())
                    .param("modelAr", v.modelAr()).param("modelEn", v.modelEn()).param("year", v.year())
                    .param("colourAr", v.colourAr()).param("colourEn", v.colourEn()).param("expiry", v.expiry())
                    .update();
        }
        for (var l : LICENCES) {
            jdbc.sql("""
                            INSERT INTO driving_licence_register (licence_number, holder_national_id, kinds, issued_on, expires_on)
                            VALUES (:number, :holder, :kinds, :issued, :expires)
                            ON CONFLICT DO NOTHING""")
                    .param("number", l.number()).param("holder", l.holder()).param("kinds", l.kinds())
                    .param("issued", l.issued()).param("expires", l.expires()).update();
        }
        for (var v : VIOLATIONS) {
            jdbc.sql("""
                            INSERT INTO traffic_violation_register (violation_number, holder_national_id, plate_latin,
                                committed_on, place_ar, place_en, kind_ar, kind_en, amount, paid)
                            VALUES (:number, :holder, :plate, :on, :placeAr, :placeEn, :kindAr, :kindEn, :amount, :paid)
                            ON CONFLICT DO NOTHING""")
                    .param("number", v.number()).param("holder", v.holder()).param("plate", v.plate())
                    .param("on", v.on()).param("placeAr", v.placeAr()).param("placeEn", v.placeEn())
                    .param("kindAr", v.kindAr()).param("kindEn", v.kindEn())
                    .param("amount", BigDecimal.valueOf(v.amount())).param("paid", v.paid()).update();
        }
    }
}
