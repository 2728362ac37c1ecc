package org.nafitha.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B style): at least 10 characters, not one of the passwords
 * people choose most often (the bundled list), and not the person's own ID number. No composition
 * rules: they make passwords harder to remember, not to guess.
 */
@Component
public class PasswordPolicy {

    private final PasswordValidator validator;

    PasswordPolicy() {
        this.validator = new PasswordValidator(new LengthRule(10, 128),
                new DictionaryRule(new WordListDictionary(new ArrayWordList(commonPasswords(), false, new ArraysSort()))),
                new UsernameRule(true, true));
    }

    /** Message keys {@code identity.password.<code>} of every rule the password breaks; empty when fine. */
    public List<String> problems(String username, String password) {
        var result = validator.validate(new PasswordData(username, password));
        return result.getDetails().stream().map(d -> switch (d.getErrorCode()) {
            case "TOO_SHORT" -> "tooShort";
            case "TOO_LONG" -> "tooLong";
            case "ILLEGAL_WORD", "ILLEGAL_WORD_REVERSED" -> "common";
            case "ILLEGAL_USERNAME", "ILLEGAL_USERNAME_REVERSED" -> "containsId";
            default -> "weak";
        }).distinct().toList();
    }

    private static String[] commonPasswords() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list of common passwords is missing", e);
        }
    }
}
