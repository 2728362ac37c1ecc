package org.nafitha.notifications.internal;

import org.nafitha.identity.ReadingLanguage;
import org.springframework.stereotype.Component;

/** The person's language as their notification preferences keep it. */
@Component
class PreferredReadingLanguage implements ReadingLanguage {

    private final Preferences preferences;

    PreferredReadingLanguage(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public String of(String person) {
        return preferences.of(person).language();
    }
}
