package org.nafitha.contactcentre.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the app sends to open a conversation with the communication centre. */
record NewConversation(@Schema(example = "استفسار عن موعد استلام الجواز") @Nullable String topic,
                       @Schema(example = "PSP-2026-000123-3") @Nullable String caseReference,
                       @Schema(example = "تمت الموافقة على تجديد جوازي، متى يمكنني استلامه؟") @Nullable String body) {
}
