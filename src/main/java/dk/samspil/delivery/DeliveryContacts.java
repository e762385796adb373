package dk.samspil.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dk.samspil.base.StoredTime;
import dk.samspil.base.privacy.CprNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities' data contacts (delivery_contact, V033), edited by the data manager on the
 * Deliveries page. An address is checked for its form and never holds a CPR number (an office
 * mailbox, not a citizen's).
 */
@Service
public class DeliveryContacts {

    /** A plain address: something@domain.tld, no spaces, no second @ — what a mail server accepts. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryContacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every contact, by municipality code. */
    @Transactional(readOnly = true)
    public Map<Integer, DeliveryContact> all() {
        Map<Integer, DeliveryContact> contacts = new TreeMap<>();
        jdbc.sql("SELECT municipality_code, email, language FROM delivery_contact")
                .query(rs -> {
                    contacts.put(rs.getInt(1), new DeliveryContact(rs.getInt(1), rs.getString(2),
                            Locale.forLanguageTag(rs.getString(3))));
                });
        return contacts;
    }

    @Transactional(readOnly = true)
    public Optional<DeliveryContact> of(int municipalityCode) {
        return Optional.ofNullable(all().get(municipalityCode));
    }

    /** Sets or replaces a municipality's contact; refuses an address that is not one, or holds a CPR number. */
    @Transactional
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public DeliveryContact save(int municipalityCode, String email, Locale language, String by) {
        String address = email == null ? "" : email.strip();
        if (CprNumbers.containsCprNumber(address)) {
            throw new ContactProblem("deliveries.contact.cpr");
        }
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new ContactProblem("deliveries.contact.invalid");
        }
        String tag = "en".equals(language.getLanguage()) ? "en" : "da";
        jdbc.sql("""
                        INSERT INTO delivery_contact (municipality_code, email, language, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE email = VALUES(email), language = VALUES(language),
                            updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .params(municipalityCode, address, tag, by, Timestamp.valueOf(StoredTime.now(clock)))
                .update();
        return new DeliveryContact(municipalityCode, address, Locale.forLanguageTag(tag));
    }

    /** Removes a municipality's contact: it gets no reminders until a new one is set. */
    @Transactional
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public void remove(int municipalityCode) {
        jdbc.sql("DELETE FROM delivery_contact WHERE municipality_code = ?").param(municipalityCode).update();
    }
}
