package dk.samspil.mail;

import java.util.EnumMap;
import java.util.Map;

import dk.samspil.base.i18n.UiLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choices for mail: which kinds they get (all, until they turn one off) and the language
 * (Danish, until they choose English). Keyed by the user's id (security's {@code UserSummary.id}).
 */
@Service
public class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean wants(long userId, MailKind kind) {
        return !kind.toUsers() || jdbc.sql("SELECT enabled FROM user_mail_preference WHERE user_id = ? AND mail_kind = ?")
                .params(userId, kind.name()).query(Boolean.class).optional().orElse(true);
    }

    /** Every kind sent to users, and whether this user gets it. */
    @Transactional(readOnly = true)
    public Map<MailKind, Boolean> of(long userId) {
        Map<MailKind, Boolean> choices = new EnumMap<>(MailKind.class);
        MailKind.userKinds().forEach(kind -> choices.put(kind, true));
        jdbc.sql("SELECT mail_kind, enabled FROM user_mail_preference WHERE user_id = ?").param(userId)
                .query((row, n) -> Map.entry(row.getString(1), row.getBoolean(2)))
                .list().forEach(choice -> choices.computeIfPresent(MailKind.valueOf(choice.getKey()), (k, v) -> choice.getValue()));
        return choices;
    }

    @Transactional
    public void set(long userId, MailKind kind, boolean enabled) {
        if (!kind.toUsers()) {
            throw new IllegalArgumentException(kind + " is not sent to users");
        }
        jdbc.sql("""
                INSERT INTO user_mail_preference (user_id, mail_kind, enabled) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE enabled = VALUES(enabled)""").params(userId, kind.name(), enabled).update();
    }

    @Transactional(readOnly = true)
    public UiLanguage language(long userId) {
        return jdbc.sql("SELECT language FROM user_mail_language WHERE user_id = ?").param(userId).query(String.class)
                .optional().map(tag -> "en".equals(tag) ? UiLanguage.ENGLISH : UiLanguage.DANISH).orElse(UiLanguage.DANISH);
    }

    @Transactional
    public void setLanguage(long userId, UiLanguage language) {
        jdbc.sql("""
                INSERT INTO user_mail_language (user_id, language) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE language = VALUES(language)""").params(userId, language.tag()).update();
    }
}
