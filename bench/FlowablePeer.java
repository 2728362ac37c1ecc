///usr/bin/env java "$0" "$@"; exit $?
// The case-engine peer of `bench/run casework`: Flowable 7 on the same PostgreSQL database doing
// what the issue names — start a process instance and complete its user task — at the same
// number of workers, with history at "audit" (Flowable's default; the counterpart of our
// timeline and audit log). Its own classpath comes from bench/flowable/pom.xml.
//
//   java -cp <flowable classpath> bench/FlowablePeer.java <jdbc-url> <user> <seconds> <workers>

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

import com.zaxxer.hikari.HikariDataSource;

public class FlowablePeer {

    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="nafitha">
              <process id="renewal" name="Renewal" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="decide"/>
                <userTask id="decide" name="Officer decides"/>
                <sequenceFlow id="f2" sourceRef="decide" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>""";

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        int seconds = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        // Twice the workers: Flowable's default id block fetch deadlocks on a pool no larger than them.
        pool.setMaximumPoolSize(workers * 2);
        var config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(pool);
        config.setDatabaseSchemaUpdate("true");
        config.setHistoryLevel(HistoryLevel.AUDIT);
        config.setIdGenerator(new StrongUuidGenerator());
        config.setAsyncExecutorActivate(false);
        ProcessEngine engine = config.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addInputStream("renewal.bpmn20.xml", new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8))).deploy();
            var runtime = engine.getRuntimeService();
            var tasks = engine.getTaskService();
            Runnable op = () -> {
                var instance = runtime.startProcessInstanceByKey("renewal", Map.of("applicant", "1000000008"));
                var task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
                tasks.complete(task.getId(), Map.of("decision", "approve"));
            };
            run(workers, 2, op);
            double rate = run(workers, seconds, op);
            System.out.printf("flowable: %.1f start+complete/s (%d workers, history audit, PostgreSQL)%n", rate, workers);
        } finally {
            engine.close();
            pool.close();
        }
    }

    static double run(int threads, int seconds, Runnable op) throws Exception {
        var done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try (var executor = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            op.run();
                            done.incrementAndGet();
                        } catch (RuntimeException e) {
                            System.err.println("operation failed: " + e);
                        }
                    }
                });
            }
        }
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }
}
