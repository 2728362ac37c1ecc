package org.nafitha.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * clamd over TCP with its INSTREAM command: {@code zINSTREAM\0}, then chunks each preceded by its
 * length (4 bytes, big-endian), a zero length to end; clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}.
 */
public class ClamdScanner implements VirusScanner {

    private static final Logger log = LoggerFactory.getLogger(ClamdScanner.class);
    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Verdict scan(byte[] bytes) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            var out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < bytes.length; at += CHUNK) {
                int n = Math.min(CHUNK, bytes.length - at);
                out.writeInt(n);
                out.write(bytes, at, n);
            }
            out.writeInt(0);
            out.flush();
            return verdict(reply(socket.getInputStream()));
        } catch (IOException e) {
            log.warn("clamd at {}:{} did not answer: {}", host, port, e.toString());
            return new Unavailable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    static Verdict verdict(String reply) {
        if (reply.endsWith("OK") && !reply.contains("FOUND")) return new Clean();
        if (reply.endsWith("FOUND")) {
            var signature = reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length()).strip();
            return new Infected(signature);
        }
        return new Unavailable(reply);
    }

    private static String reply(InputStream in) throws IOException {
        var reply = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != 0 && b != '\n'; ) {
            reply.write(b);
            if (reply.size() > 4096) break;
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
