package org.nafitha.messaging;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * An SMS centre for tests (and the benchmark): a real jSMPP server session that accepts a
 * transceiver bind, records every submit_sm, can throttle or refuse, and sends delivery
 * receipts back on the same bind. Reassembles concatenated parts as a handset would.
 */
public final class TestSmsc implements AutoCloseable {

    public record Submitted(String messageId, String destination, byte dataCoding, byte esmClass, byte[] message) {

        boolean concatenated() {
            return (esmClass & 0x40) != 0;
        }
    }

    private final int port;
    private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    /** Unique across instances, as a real centre's IDs are: tests restart the centre on one database. */
    private static final AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 1000);
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private volatile Predicate<String> invalidDestination = d -> d.startsWith("999");
    private volatile boolean receipts = true;
    /** Handsets that never receive: their receipts say UNDELIV. */
    private volatile Predicate<String> unreachableHandset = d -> d.startsWith("96659999");
    private volatile SMPPServerSessionListener listener;
    private volatile ExecutorService workers;

    public TestSmsc(int port) {
        this.port = port;
    }

    /**
     * A free port below Linux's ephemeral range (32768+): a port the OS hands out for outgoing
     * connections could be taken by one (a database connection, say) while a test has the centre down.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            var port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (var socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    public int port() {
        return port;
    }

    public synchronized TestSmsc start() throws IOException {
        workers = Executors.newCachedThreadPool();
        listener = listen();
        listener.setMessageReceiverListener(new Receiver());
        workers.submit(this::acceptLoop);
        return this;
    }

    /**
     * Binds the port, waiting a little if the centre stopped a moment ago is still letting it go (on a
     * loaded machine its sockets can take a while to close).
     */
    private SMPPServerSessionListener listen() throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new SMPPServerSessionListener(port);
            } catch (BindException busy) {
                if (attempt >= 100) throw busy;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    public synchronized void stop() {
        sessions.forEach(SMPPServerSession::unbindAndClose);
        sessions.clear();
        try {
            if (listener != null) listener.close();
        } catch (IOException ignored) {
            // closing a test server
        }
        if (workers != null) workers.shutdownNow();
        listener = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** The next {@code n} submit_sm are answered with ESME_RTHROTTLED. */
    public void throttleNext(int n) {
        throttleNext.set(n);
    }

    public void sendReceipts(boolean on) {
        receipts = on;
    }

    public int binds() {
        return binds.get();
    }

    public List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    public List<Submitted> to(String destination) {
        return submitted.stream().filter(s -> s.destination().equals(destination)).toList();
    }

    /** The texts a handset at {@code destination} would show, long messages joined from their parts. */
    public List<String> texts(String destination) {
        var whole = new ArrayList<String>();
        var pending = new LinkedHashMap<Integer, Map<Integer, String>>();
        for (var s : to(destination)) {
            var encoding = s.dataCoding() == 0x08 ? SmsText.Encoding.UCS_2 : SmsText.Encoding.GSM_7;
            if (!s.concatenated()) {
                whole.add(SmsText.decode(s.message(), encoding));
                continue;
            }
            var udhLength = s.message()[0] + 1;
            var reference = s.message()[3] & 0xFF;
            var total = s.message()[4];
            var sequence = s.message()[5];
            var body = Arrays.copyOfRange(s.message(), udhLength, s.message().length);
            var parts = pending.computeIfAbsent(reference, r -> new TreeMap<>());
            parts.put((int) sequence, SmsText.decode(body, encoding));
            if (parts.size() == total) {
                whole.add(String.join("", parts.values()));
                pending.remove(reference);
            }
        }
        return whole;
    }

    private void acceptLoop() {
        while (listener != null) {
            try {
                var session = listener.accept();
                workers.submit(() -> bind(session));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            var request = session.waitForBind(5000);
            if (request.getBindType() != BindType.BIND_TRX) {
                request.reject(0x0D);
                return;
            }
            request.accept("test-smsc");
            binds.incrementAndGet();
            sessions.add(session);
        } catch (Exception e) {
            session.unbindAndClose();
        }
    }

    private void receipt(SMPPServerSession session, String id, String destination) {
        try {
            var state = unreachableHandset.test(destination) ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD;
            var text = new DeliveryReceipt(id, 1, state == DeliveryReceiptState.DELIVRD ? 1 : 0, new Date(), new Date(),
                    state, state == DeliveryReceiptState.DELIVRD ? "000" : "001", "").toString();
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination,
                    TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Nafitha",
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                    text.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            // the client went away; a real centre would retry later
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            if (throttleNext.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                throw new ProcessRequestException("throttled", 0x58);
            }
            if (invalidDestination.test(submitSm.getDestAddress())) {
                throw new ProcessRequestException("invalid destination", 0x0B);
            }
            var id = Long.toHexString(ids.incrementAndGet());
            submitted.add(new Submitted(id, submitSm.getDestAddress(), submitSm.getDataCoding(),
                    submitSm.getEsmClass(), submitSm.getShortMessage()));
            if (receipts && workers != null) workers.submit(() -> receipt(source, id, submitSm.getDestAddress()));
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new ProcessRequestException("bad id", 0x08, e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
