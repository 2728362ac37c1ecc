/**
 * Messaging: the channels that carry text to people's phones (SMS over SMPP 3.4) and mailboxes
 * (SMTP). With no SMS centre or mail server configured, messages land in the dev outbox, readable
 * on /dev/outbox in the demo profile. The notifications module decides what to say; this one only
 * delivers.
 */
@NullMarked
@ApplicationModule(displayName = "Messaging", allowedDependencies = "country")
package org.nafitha.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
