package org.nafitha.meetings.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** The VideoRoom request's body and the SDP (JSEP) with it, as Janus' own API takes them. */
@Schema(name = "SignalMessage")
record SignalMessage(@Schema(type = "object", example = """
                       {"request": "publish", "audio": true, "video": true}""") @Nullable JsonNode body,
                     @Schema(type = "object", example = """
                       {"type": "offer", "sdp": "v=0\\r\\no=- 4611731400430051336 2 IN IP4 127.0.0.1\\r\\n"}""")
                     @Nullable JsonNode jsep) {
}
