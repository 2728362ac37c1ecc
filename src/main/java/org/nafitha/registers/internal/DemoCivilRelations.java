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

/**
 * The demo register's families of people in custody (demo profile only): Fahd is Ahmed's brother
 * (1000000008) and Haya's husband (1000000081); the others' relatives have no account.
 */
@Component
@Profile("demo")
@Order(11)
class DemoCivilRelations implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoCivilRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Person(String id, String ar, String en, LocalDate born, String mobile) {
    }

    private record Relation(String person, String relative, String kinship) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("1000000073", "فهد بن علي الزهراني", "Fahd bin Ali Al-Zahrani", LocalDate.of(1990, 7, 3), null),
            new Person("1000000081", "هيا بنت محمد الدوسري", "Haya bint Mohammed Al-Dosari", LocalDate.of(1993, 1, 26),
                    "+966502223344"),
            new Person("1000000099", "سلطان بن ماجد العتيبي", "Sultan bin Majid Al-Otaibi", LocalDate.of(1985, 9, 12), null),
            new Person("1000000107", "ماجد بن حمد الشمري", "Majid bin Hamad Al-Shammari", LocalDate.of(1979, 4, 30), null),
            new Person("1000000115", "عبد الله بن سعد القرني", "Abdullah bin Saad Al-Qarni", LocalDate.of(1998, 12, 8), null));

    private static final List<Relation> RELATIONS = List.of(
            new Relation("1000000073", "1000000008", "SIBLING"), new Relation("1000000008", "1000000073", "SIBLING"),
            new Relation("1000000073", "1000000081", "SPOUSE"), new Relation("1000000081", "1000000073", "SPOUSE"));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (var p : PEOPLE) {
            if (jdbc.sql("SELECT COUNT(*) FROM civil_register WHERE national_id = :id").param("id", p.id())
                    .query(Long.class).single() > 0) continue;
            jdbc.sql("""
                            INSERT INTO civil_register (national_id, full_name_ar, full_name_en, date_of_birth, mobile)
                            VALUES (:id, :ar, :en, :born, :mobile)""")
                    .param("id", p.id()).param("ar", p.ar()).param("en", p.en()).param("born", p.born())
                    .param("mobile", p.mobile()).update();
        }
        for (var r : RELATIONS) {
            if (jdbc.sql("SELECT COUNT(*) FROM civil_relations WHERE person = :p AND relative = :r")
                    .param("p", r.person()).param("r", r.relative()).query(Long.class).single() > 0) continue;
            jdbc.sql("INSERT INTO civil_relations (person, relative, kinship) VALUES (:p, :r, :k)")
                    .param("p", r.person()).param("r", r.relative()).param("k", r.kinship()).update();
        }
    }
}
