package org.nafitha.identity.internal;

import java.util.Arrays;
import java.util.stream.Stream;

import org.nafitha.identity.Role;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Who may reach which part of the site, by role: the groups both filter chains name. */
final class RoleGroups {

    /**
     * No address of ours (a waiting-room screen's token, a case reference in a path) leaves the site in
     * a Referer header: only same-origin requests carry one.
     */
    static final ReferrerPolicyHeaderWriter.ReferrerPolicy SAME_ORIGIN =
            ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;

    /** The back office (one rule, {@link Role#isBackOffice}, also used by the pages' navigation). */
    static final String[] STAFF = Arrays.stream(Role.values()).filter(Role::isBackOffice).map(Role::name)
            .toArray(String[]::new);

    static final String[] PRISON_STAFF = {Role.PRISON_OFFICER.name(), Role.PRISON_SOCIAL.name(),
            Role.PRISON_SECURITY.name(), Role.PRISON_HEAD.name()};

    /**
     * Who hosts video meetings — the back office (officials) and the prison officers of video visits — and
     * the sign-language interpreters assigned to them (the meetings module checks which meeting is whose).
     */
    static final String[] MEETING_HOSTS = Stream.concat(Arrays.stream(STAFF),
            Stream.of(Role.PRISON_OFFICER.name(), Role.INTERPRETER.name())).toArray(String[]::new);

    /** The joint municipal platform: municipalities, mukhtars, the ministry's municipal affairs and the operations room. */
    static final String[] MUNICIPAL = {Role.MUNICIPAL_STAFF.name(), Role.MUKHTAR.name(),
            Role.MUNICIPAL_AFFAIRS.name(), Role.OPERATIONS_ROOM.name()};

    /** Who files and follows complaints: the municipal platform, citizens and the call centre's agents. */
    static final String[] COMPLAINANTS = Stream.concat(Arrays.stream(MUNICIPAL),
            Stream.of(Role.APPLICANT.name(), Role.AGENT.name())).toArray(String[]::new);

    private RoleGroups() {
    }
}
