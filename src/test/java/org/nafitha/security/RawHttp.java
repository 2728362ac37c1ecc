package org.nafitha.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send: a forged Host header. Reads
 * the status line and headers only.
 */
final class RawHttp {

    record Answer(int status, List<String> headers) {

        List<String> header(String name) {
            var prefix = name.toLowerCase() + ":";
            return headers.stream().filter(h -> h.toLowerCase().startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, String method, String path, String... headers) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean host = false;
            for (var header : headers) {
                request.append(header).append("\r\n");
                host |= header.toLowerCase().startsWith("host:");
            }
            if (!host) request.append("Host: localhost:").append(port).append("\r\n");
            request.append("Connection: close\r\nContent-Length: 0\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            var in = socket.getInputStream();
            var head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                var text = head.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n")) break;
            }
            var lines = new ArrayList<>(List.of(head.toString(StandardCharsets.ISO_8859_1).split("\r\n")));
            int status = Integer.parseInt(lines.removeFirst().split(" ")[1]);
            return new Answer(status, lines);
        }
    }
}
