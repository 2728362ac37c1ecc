package org.nafitha.registers.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A few people of the demo civil and residency registers (demo profile only). */
@Component
@Profile("demo")
@Order(10)
class DemoCivilRegister implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoCivilRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Person(String id, String ar, String en, LocalDate born, String passport, LocalDate expiry,
                          String mobile) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("1000000008", "أحمد بن علي الزهراني", "Ahmed bin Ali Al-Zahrani", LocalDate.of(1986, 3, 14),
                    "R38291746", LocalDate.of(2027, 1, 9), "+966501234567"),
            new Person("1000000016", "نورة بنت سعد القحطاني", "Noura bint Saad Al-Qahtani", LocalDate.of(1992, 11, 2),
                    "R40917263", LocalDate.of(2026, 12, 20), "+966551112233"),
            new Person("1000000024", "ريم بنت أحمد الزهراني", "Reem bint Ahmed Al-Zahrani", LocalDate.of(2014, 6, 21),
                    null, null, null),
            new Person("2000000006", "محمد عبد الرحيم خان", "Mohammed Abdulrahim Khan", LocalDate.of(1988, 8, 30),
                    "PK7731904", LocalDate.of(2029, 4, 4), "+966567778899"),
            // People in the register without an account yet: they can register themselves.
            new Person("1000000057", "خالد بن سعيد الغامدي", "Khalid bin Saeed Al-Ghamdi", LocalDate.of(1990, 5, 17),
                    "R51827364", LocalDate.of(2027, 3, 2), "+966533334444"),
            new Person("1000000065", "ليلى بنت حسن العمري", "Layla bint Hassan Al-Omari", LocalDate.of(1995, 2, 8),
                    null, null, "+966544445555"),
            new Person("2000000014", "سليمان عبد الكريم يوسف", "Suleiman Abdulkarim Yousif", LocalDate.of(1983, 12, 1),
                    "SD0098123", LocalDate.of(2028, 7, 15), "+966599990000"));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (var p : PEOPLE) {
            var exists = jdbc.sql("SELECT COUNT(*) FROM civil_register WHERE national_id = :id")
                    .param("id", p.id()).query(Long.class).single() > 0;
            if (exists) continue;
            if (p.id().startsWith("2")) {
                // Residents: Mohammed Khan works for Noura's contracting company; Suleiman is sponsored by Ahmed.
                jdbc.sql("INSERT INTO residency_register (national_id, sponsor, permit_expiry) VALUES (:id, :sponsor, :expiry)")
                        .param("id", p.id()).param("sponsor", p.id().equals("2000000006") ? "7001234567" : "1000000008")
                        .param("expiry", LocalDate.of(2027, 1, 20)).update();
            }
            jdbc.sql("""
                            INSERT INTO civil_register (national_id, full_name_ar, full_name_en, date_of_birth,
                                                        passport_number, passport_expiry, mobile, guardian)
                            VALUES (:id, :ar, :en, :born, :passport, :expiry, :mobile, :guardian)""")
                    .param("guardian", p.id().equals("1000000024") ? "1000000008" : null)
                    .param("id", p.id()).param("ar", p.ar()).param("en", p.en()).param("born", p.born())
                    .param("passport", p.passport()).param("expiry", p.expiry()).param("mobile", p.mobile())
                    .update();
        }
    }
}
