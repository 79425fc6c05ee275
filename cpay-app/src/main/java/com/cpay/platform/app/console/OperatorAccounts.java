package com.cpay.platform.app.console;

import com.cpay.platform.app.config.AppMode;
import com.cpay.platform.app.config.ModeDefaults;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The console's accounts, from configuration: {@code cpay.console.operators.<name>.password-hash} (a bcrypt hash,
 * never a password) and {@code cpay.console.operators.<name>.role} ({@code VIEWER} or {@code OPERATOR}). In sandbox
 * mode with no account configured there is one development account, {@value #DEVELOPMENT_OPERATOR} with password
 * {@value #DEVELOPMENT_PASSWORD} (printed by the sandbox banner, like the development API token); live mode has only
 * the configured ones. Passwords are checked with bcrypt; an unknown name costs the same check against a dummy hash, so
 * the time taken does not tell which names exist.
 */
@Singleton
public class OperatorAccounts {

    /** The development account of sandbox mode. */
    public static final String DEVELOPMENT_OPERATOR = ModeDefaults.DEVELOPMENT_OPERATOR;
    /** Its password: sandbox mode only, never in live mode. */
    public static final String DEVELOPMENT_PASSWORD = ModeDefaults.DEVELOPMENT_OPERATOR_PASSWORD;
    /** Configuration prefix of the accounts. */
    public static final String PREFIX = ModeDefaults.CONSOLE_OPERATORS;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    /** Longest password checked: bcrypt reads at most 72 bytes, and a longer text only costs time. */
    private static final int MAX_PASSWORD_LENGTH = 200;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final String dummyHash;
    private final boolean development;

    public OperatorAccounts(Environment environment, AppMode mode) {
        for (String name : new TreeSet<>(environment.getPropertyEntries(PREFIX))) {
            String hash = environment.getProperty(PREFIX + "." + name + ".password-hash", String.class)
                    .orElseThrow(() -> new ConfigurationException(PREFIX + "." + name + ".password-hash is missing"));
            String role = environment.getProperty(PREFIX + "." + name + ".role", String.class).orElse("VIEWER");
            add(name, hash.trim(), role);
        }
        development = accounts.isEmpty() && !mode.isLive();
        if (development) {
            accounts.put(DEVELOPMENT_OPERATOR, new Account(new Operator(DEVELOPMENT_OPERATOR, ConsoleRole.OPERATOR),
                    bcrypt.encode(DEVELOPMENT_PASSWORD)));
        }
        dummyHash = bcrypt.encode("no account has this password " + System.nanoTime());
    }

    private void add(String name, String hash, String roleText) {
        if (!NAME.matcher(name).matches()) {
            throw new ConfigurationException(PREFIX + "." + name + ": an account name is 1 to 64 of a-z 0-9 . _ -");
        }
        if (!BCRYPT.matcher(hash).matches()) {
            throw new ConfigurationException(PREFIX + "." + name + ".password-hash must be a bcrypt hash ($2a$, $2b$"
                    + " or $2y$, 60 characters), never a password");
        }
        ConsoleRole role;
        try {
            role = ConsoleRole.valueOf(roleText.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(PREFIX + "." + name + ".role must be VIEWER or OPERATOR");
        }
        accounts.put(name, new Account(new Operator(name, role), hash));
    }

    /** The operator these credentials belong to; empty when the name or the password is wrong. */
    public Optional<Operator> check(String name, String password) {
        if (name == null || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        Account account = accounts.get(name.trim());
        boolean matches = bcrypt.matches(password, account == null ? dummyHash : account.hash());
        return account != null && matches ? Optional.of(account.operator()) : Optional.empty();
    }

    /** Whether the development account is the one account (sandbox mode with none configured). */
    public boolean development() {
        return development;
    }

    /** Whether anyone can log in at all. */
    public boolean any() {
        return !accounts.isEmpty();
    }

    private record Account(Operator operator, String hash) {
    }
}
