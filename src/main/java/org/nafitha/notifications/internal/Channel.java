package org.nafitha.notifications.internal;

/** Where a notification goes. The in-app inbox is always written; these two are chosen by the person. */
public enum Channel { SMS, EMAIL }
