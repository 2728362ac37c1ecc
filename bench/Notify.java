///usr/bin/env java "$0" "$@"; exit $?
// Notifications per second through Nafitha's sender, beside a bare client of the same server in the
// same run: SMS through SMPP to a local SMS centre (a jSMPP server session, the test suite's
// TestSmsc) and e-mails through SMTP to GreenMail. Run by `bench/run sms` and `bench/run mail`;
// needs the test classpath (application classes, test classes, jSMPP, GreenMail).
//
//   java -cp <test classpath> bench/Notify.java sms|mail <seconds> <threads> <jdbc-url> <user> <work-dir>
//
// "ours" drains outgoing-message rows written beforehand: claim, render (e-mail HTML), hand over,
// record the SMSC message ID and the outcome. The share of time in our code is the part of the
// senders' time not spent waiting on the SMPP/SMTP exchange itself.

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.nafitha.NafithaApplication;
import org.nafitha.messaging.MailGateway;
import org.nafitha.messaging.SmsGateway;
import org.nafitha.messaging.TestSmsc;
import org.nafitha.notifications.internal.NotificationSender;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

public class Notify {

    static final String SMS_TEXT = "نافذة: تمت الموافقة على طلبك PSP-2026-000123-7 يوم الاثنين ٢٣ نوفمبر ٢٠٢٦.";
    static final String MAIL_TEXT = "السلام عليكم أحمد بن علي الزهراني،\nتمت الموافقة على طلب تجديد جواز السفر رقم "
            + "PSP-2026-000123-7 يوم الاثنين ٢٣ نوفمبر ٢٠٢٦ الموافق ٢ جمادى الآخرة ١٤٤٨ هـ.";
    static final LongAdder exchangeNanos = new LongAdder();

    public static void main(String[] args) throws Exception {
        var what = args[0];
        var seconds = Integer.parseInt(args[1]);
        var threads = Integer.parseInt(args[2]);
        var sms = what.equals("sms");
        var port = TestSmsc.freePort();
        try (var smsc = new TestSmsc(port)) {
            GreenMail greenMail = null;
            double limit;
            if (sms) {
                // BENCH_RECEIPTS=off: the centre sends no delivery receipts (shows what recording them costs)
                smsc.sendReceipts(!"off".equals(System.getenv("BENCH_RECEIPTS")));
                smsc.start();
                limit = bareSmpp(port, seconds, threads);
                System.out.printf("limit: bare jSMPP client %.0f messages/s (%d threads, one transceiver bind, UCS-2)%n",
                        limit, threads);
            } else {
                greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
                greenMail.start();
                limit = bareSmtp(port, seconds, threads);
                greenMail.purgeEmailFromAllMailboxes();
                System.out.printf("limit: bare JavaMail client %.0f e-mails/s (%d threads, text + HTML)%n", limit, threads);
            }
            var rows = (int) Math.max(500, Math.min(100_000, limit * seconds));
            try (var app = start(args[3], args[4], Path.of(args[5]), port, threads)) {
                var jdbc = app.getBean(JdbcClient.class);
                write(jdbc, rows, sms);
                var sender = app.getBean(NotificationSender.class);
                exchangeNanos.reset();
                var started = System.nanoTime();
                while (sender.sendDue() > 0) {
                    // each round claims a batch and hands it over with `threads` in parallel
                }
                var elapsed = System.nanoTime() - started;
                // Only this channel's rows: in `bench/run all` the sms run has left its own in the database.
                var sent = jdbc.sql("SELECT COUNT(*) FROM notification_messages WHERE recipient LIKE 'bench-%'"
                        + " AND channel = :channel AND status IN ('SUBMITTED', 'DELIVERED')")
                        .param("channel", sms ? "SMS" : "EMAIL").query(Long.class).single();
                if (sent != rows) throw new IllegalStateException(sent + " of " + rows + " rows sent");
                var rate = sent * 1e9 / elapsed;
                var ours = Math.max(0, 1 - exchangeNanos.sum() / ((double) elapsed * threads));
                var unit = sms ? "messages/s" : "e-mails/s";
                var limitName = sms ? "bare jSMPP client" : "bare JavaMail client";
                System.out.printf("ours: %d of %d rows sent in %.1f s; %.0f%% of the senders' time outside the %s exchange%n",
                        sent, rows, elapsed / 1e9, ours * 100, sms ? "SMPP" : "SMTP");
                System.out.printf("%s: %.0f %s (%.2f of %s %.0f %s measured in the same run; %.0f%% of time in our code)%n",
                        what, rate, unit, rate / limit, limitName, limit, unit, ours * 100);
            } finally {
                if (greenMail != null) greenMail.stop();
            }
        }
    }

    static double bareSmpp(int port, int seconds, int threads) throws Exception {
        var session = new SMPPSession();
        session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "bench", "bench", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        var bytes = SMS_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        var done = new AtomicLong();
        var elapsed = timed(seconds, threads, () -> {
            session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Nafitha",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "966500000001", new ESMClass(), (byte) 0,
                    (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                    new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, bytes);
            done.incrementAndGet();
        });
        session.unbindAndClose();
        return done.get() * 1e9 / elapsed;
    }

    static double bareSmtp(int port, int seconds, int threads) throws Exception {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        var html = "<html dir=\"rtl\" lang=\"ar\"><body><p>" + MAIL_TEXT.replace("\n", "</p><p>") + "</p></body></html>";
        var done = new AtomicLong();
        var elapsed = timed(seconds, threads, () -> {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom("no-reply@nafitha.example");
            helper.setTo("bench@example.sa");
            helper.setSubject("تمت الموافقة على طلبك PSP-2026-000123-7");
            helper.setText(MAIL_TEXT, html);
            mail.send(message);
            done.incrementAndGet();
        });
        return done.get() * 1e9 / elapsed;
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} on {@code threads} threads for a second of warm-up, then {@code seconds}. */
    static long timed(int seconds, int threads, Work work) throws Exception {
        var warm = System.nanoTime() + 1_000_000_000L;
        run(threads, warm, work);
        var started = System.nanoTime();
        run(threads, started + seconds * 1_000_000_000L, work);
        return System.nanoTime() - started;
    }

    static void run(int threads, long until, Work work) throws Exception {
        var failures = new ArrayList<Exception>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        try {
                            work.run();
                        } catch (Exception e) {
                            synchronized (failures) {
                                failures.add(e);
                            }
                            return;
                        }
                    }
                });
            }
        }
        if (!failures.isEmpty()) throw failures.getFirst();
    }

    /** Arguments, not default properties: those would lose to application.yml's H2 file database. */
    static ConfigurableApplicationContext start(String url, String user, Path work, int port, int threads) {
        return new SpringApplicationBuilder(NafithaApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new Timing()))
                .run("--spring.main.banner-mode=off", "--logging.level.root=WARN", "--server.port=0",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--nafitha.identity.key-dir=" + work.resolve("keys"),
                        "--nafitha.documents.store-dir=" + work.resolve("documents"),
                        "--nafitha.sms.smpp.host=127.0.0.1", "--nafitha.sms.smpp.port=" + port,
                        "--nafitha.sms.smpp.rate=1000000", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                        "--nafitha.notifications.enabled=false", "--nafitha.notifications.batch=1000",
                        "--nafitha.notifications.concurrency=" + threads);
    }

    /** Rows as the event listeners write them: one per message, due now. */
    static void write(JdbcClient jdbc, int rows, boolean sms) {
        var now = Timestamp.from(Instant.now());
        for (int i = 0; i < rows; i++) {
            jdbc.sql("""
                            INSERT INTO notification_messages (id, dedupe_key, recipient, channel, address, language,
                                template_key, template_version, case_reference, subject, body, status, attempts,
                                next_attempt_at, created_at)
                            VALUES (:id, :dedupe, :recipient, :channel, :address, 'ar', 'case-approved', 1,
                                'PSP-2026-000123-7', :subject, :body, 'PENDING', 0, :now, :now)""")
                    .param("id", UUID.randomUUID()).param("dedupe", "bench|" + UUID.randomUUID())
                    .param("recipient", "bench-" + i).param("channel", sms ? "SMS" : "EMAIL")
                    .param("address", sms ? "+96650" + String.format("%07d", i) : "bench" + i + "@example.sa")
                    .param("subject", sms ? null : "تمت الموافقة على طلبك PSP-2026-000123-7")
                    .param("body", sms ? SMS_TEXT : MAIL_TEXT).param("now", now)
                    .update();
        }
    }

    /** Times every hand-over to the SMS centre or mail server, to tell their time from ours. */
    static final class Timing implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof SmsGateway sms) {
                return (SmsGateway) (message, accepted) -> {
                    // recording each accepted part is our work, not the exchange's
                    var recording = new long[1];
                    var started = System.nanoTime();
                    try {
                        return sms.send(message, id -> {
                            var t = System.nanoTime();
                            accepted.accept(id);
                            recording[0] += System.nanoTime() - t;
                        });
                    } finally {
                        exchangeNanos.add(System.nanoTime() - started - recording[0]);
                    }
                };
            }
            if (bean instanceof MailGateway mail) {
                return (MailGateway) message -> {
                    var started = System.nanoTime();
                    try {
                        mail.send(message);
                    } finally {
                        exchangeNanos.add(System.nanoTime() - started);
                    }
                };
            }
            return bean;
        }
    }
}
