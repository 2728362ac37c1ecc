package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The operations room's live board: open and late complaints per municipality and per category, each one grouped query. */
@Service
public class ComplaintLoads {

    /** Open and late complaints of one municipality or category. */
    public record Load(int open, int late) {
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    ComplaintLoads(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Open and late complaints per municipality, every municipality of the map listed. */
    public Map<String, Load> loadByMunicipality() {
        var load = new LinkedHashMap<String, Load>();
        organisations.municipalities().forEach(m -> load.put(m.code(), new Load(0, 0)));
        load(load, "municipality");
        return load;
    }

    /** Open and late complaints per category (only the categories with something open). */
    public Map<String, Load> loadByCategory() {
        var load = new LinkedHashMap<String, Load>();
        load(load, "category");
        return load;
    }

    private void load(Map<String, Load> into, String column) {
        jdbc.sql("SELECT " + column + """
                        , COUNT(*), SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END)
                        FROM municipal_complaints WHERE status = 'OPEN' GROUP BY\s""" + column + " ORDER BY 2 DESC")
                .param("now", Timestamp.from(clock.instant()))
                .query(rs -> {
                    into.put(rs.getString(1), new Load(rs.getInt(2), rs.getInt(3)));
                });
    }
}
