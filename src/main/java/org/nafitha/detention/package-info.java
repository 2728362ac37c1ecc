/**
 * Detention (تواصل): the custody register (facilities, detainees, court sessions), who may follow a
 * detainee and what each relation sees field by field, the looks at a detainee's file, and the
 * requests families make (visits, video visits, assistance, temporary release, deposits) with the
 * prison staff's decisions. Relatives are checked against the civil register's relations.
 */
@NullMarked
@ApplicationModule(displayName = "Detention",
        allowedDependencies = {"errors", "country", "identity", "payments", "portal", "registers", "transparency"})
package org.nafitha.detention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
