package dk.samspil.delivery;

import java.util.Locale;

/** A municipality's data contact: the office mailbox that late-file reminders go to, and their language. */
public record DeliveryContact(int municipalityCode, String email, Locale language) {
}
