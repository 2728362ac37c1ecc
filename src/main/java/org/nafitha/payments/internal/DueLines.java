package org.nafitha.payments.internal;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.nafitha.catalogue.LocalizedText;
import org.nafitha.payments.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fee lines a due is made of, in their order, kept beside it when it opens. */
@Repository
class DueLines {

    private final JdbcClient jdbc;

    DueLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID due, List<FeeLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            jdbc.sql("""
                            INSERT INTO payment_due_lines (due_id, position, code, label_ar, label_en, amount_minor)
                            VALUES (:id, :pos, :code, :ar, :en, :amount)""")
                    .param("id", due).param("pos", i).param("code", line.code()).param("ar", line.label().ar())
                    .param("en", line.label().en()).param("amount", line.amount().minor()).update();
        }
    }

    List<FeeLine> of(UUID due, Currency currency) {
        return jdbc.sql("SELECT code, label_ar, label_en, amount_minor FROM payment_due_lines WHERE due_id = :id ORDER BY position")
                .param("id", due)
                .query((l, i) -> new FeeLine(l.getString(1), new LocalizedText(l.getString(2), l.getString(3)),
                        new Money(l.getLong(4), currency)))
                .list();
    }
}
