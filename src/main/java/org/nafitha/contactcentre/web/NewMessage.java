package org.nafitha.contactcentre.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the app sends to write in one of the person's conversations. */
@Schema(name = "NewConversationMessage")
record NewMessage(@Schema(example = "شكراً لكم، سأحضر يوم الأحد صباحاً") @Nullable String body) {
}
