package org.nafitha.meetings.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** An ICE candidate as the browser gives it, or {@code {"completed":true}} at the end. */
record Trickle(@Schema(type = "object", example = """
                       {"candidate": "candidate:842163049 1 udp 1677729535 192.0.2.17 51234 typ srflx", "sdpMid": "0",
                        "sdpMLineIndex": 0}""") @Nullable JsonNode candidate) {
}
