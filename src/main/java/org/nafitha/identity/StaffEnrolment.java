package org.nafitha.identity;

import java.util.List;

/**
 * Accounts another module creates for staff it has vetted itself, e.g. a municipality's official
 * once the ministry has verified the registration. The password is checked by the same policy as
 * every other and kept only as its hash.
 */
public interface StaffEnrolment {

    boolean taken(String username);

    /** Message keys {@code identity.password.<code>} of every rule the password breaks; empty when fine. */
    List<String> passwordProblems(String username, String password);

    String hash(String password);

    /** Creates the account with one role; false when the username was taken meanwhile. */
    boolean enrol(String username, String nameAr, String nameEn, Role role, String department, String mobile,
                  String passwordHash);
}
