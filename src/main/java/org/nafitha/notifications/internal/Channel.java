package org.nafitha.notifications.internal;

/**
 * Where a notification goes. The in-app inbox is always written; these three are chosen by the
 * person. PUSH goes to each device the person registered (its address is the device's id).
 */
public enum Channel { SMS, EMAIL, PUSH }
