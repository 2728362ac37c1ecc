package org.nafitha.identity;

/**
 * The language a person reads their messages in (chosen on the preferences page, at the kiosk or by
 * registering). Kept by the notifications module, which implements this; a module that texts a
 * person itself (a courier's notice) asks here rather than writing in Arabic to everyone.
 */
public interface ReadingLanguage {

    /** The language code of the person (national ID or username); the country's default when they never chose. */
    String of(String person);
}
