package dk.samspil.delivery.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import dk.samspil.delivery.ContactProblem;
import dk.samspil.delivery.DeliveryContacts;
import dk.samspil.delivery.MunicipalityDeliveries;

/** Sets a municipality's data contact: an office mailbox and the language of its reminders. */
class ContactDialog extends Dialog {

    final EmailField email = new EmailField();
    final Select<String> language = new Select<>();
    final Paragraph problem = new Paragraph();
    final Button save = new Button();

    ContactDialog(MunicipalityDeliveries row, DeliveryContacts contacts, String by, Runnable saved) {
        setHeaderTitle(getTranslation("deliveries.contact.title", row.municipality().name()));
        email.setLabel(getTranslation("deliveries.contact.email"));
        email.setHelperText(getTranslation("deliveries.contact.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setId("delivery-contact-email");
        language.setLabel(getTranslation("deliveries.contact.language"));
        language.setItems("da", "en");
        language.setItemLabelGenerator(tag -> getTranslation("deliveries.language." + tag));
        row.contact().ifPresentOrElse(contact -> {
            email.setValue(contact.email());
            language.setValue(contact.language().getLanguage());
        }, () -> language.setValue("da"));
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(email, language);
        add(form, problem);
        save.setText(getTranslation("deliveries.contact.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-contact");
        save.addClickListener(click -> {
            try {
                contacts.save(row.municipality().code(), email.getValue(), Locale.forLanguageTag(language.getValue()), by);
                close();
                saved.run();
            } catch (ContactProblem refused) {
                problem.setText(getTranslation(refused.messageKey()));
                email.setInvalid(true);
            }
        });
        Button cancel = new Button(getTranslation("deliveries.contact.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
