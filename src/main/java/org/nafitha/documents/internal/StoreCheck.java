package org.nafitha.documents.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a restore, or whenever an operator doubts the store: reads every stored document back —
 * through the configured store, decrypting it — and checks its SHA-256 against the database's
 * record. Started with {@code --nafitha.documents.check-store=true} (with
 * {@code --server.port=0} beside a running node); prints one line,
 * {@code documents: N of N decrypt and match their SHA-256 (M missing, A altered)}, naming up to
 * ten that failed, and the process ends — exit code 1 when any did (ops/drills/restore).
 */
@Component
@ConditionalOnBooleanProperty("nafitha.documents.check-store")
class StoreCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StoreCheck.class);
    private final JdbcClient jdbc;
    private final ContentStore store;
    private final ConfigurableApplicationContext context;

    StoreCheck(JdbcClient jdbc, ContentStore store, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.store = store;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var result = check();
        log.info(result.line());
        System.out.println(result.line());
        System.exit(SpringApplication.exit(context, () -> result.intact() ? 0 : 1));
    }

    /** Every stored document read back and compared with its recorded SHA-256. */
    Result check() {
        var addresses = jdbc.sql("SELECT DISTINCT sha256 FROM documents ORDER BY sha256").query(String.class).list();
        List<String> missing = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        for (var sha256 : addresses) {
            try {
                var bytes = store.get(sha256);
                if (bytes.isEmpty()) missing.add(sha256);
                else if (!ContentAddress.of(bytes.get()).equals(sha256)) altered.add(sha256);
            } catch (RuntimeException e) {  // DocumentTampered among others: unreadable is altered
                altered.add(sha256);
            }
        }
        return new Result(addresses.size(), missing, altered);
    }

    record Result(int total, List<String> missing, List<String> altered) {

        boolean intact() {
            return missing.isEmpty() && altered.isEmpty();
        }

        String line() {
            var line = "documents: %d of %d decrypt and match their SHA-256 (%d missing, %d altered)"
                    .formatted(total - missing.size() - altered.size(), total, missing.size(), altered.size());
            if (intact()) return line;
            var named = new ArrayList<>(missing);
            named.addAll(altered);
            return line + "; first: " + String.join(", ", named.subList(0, Math.min(10, named.size())));
        }
    }
}
