package dk.samspil.mail.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.mail.MailKind;
import dk.samspil.mail.MailPreferences;
import dk.samspil.mail.MailText;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.UserAccounts;
import jakarta.annotation.security.RolesAllowed;

/**
 * Mine indstillinger: every signed-in user chooses which kinds of mail they get and in which
 * language. Each change is saved at once and said in words (a polite live region).
 */
@Route("mine-indstillinger")
@Menu(title = "nav.my-settings", order = 95)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "PROFESSIONAL", "DATA_MANAGER"})
class MySettingsView extends Main implements HasDynamicTitle {

    final Map<MailKind, Checkbox> kinds = new EnumMap<>(MailKind.class);
    final RadioButtonGroup<UiLanguage> language = new RadioButtonGroup<>();
    final Paragraph saved = new Paragraph();
    final Paragraph address = new Paragraph();

    MySettingsView(MailPreferences preferences, UserAccounts users, CurrentUser currentUser) {
        addClassNames("page", "my-settings");
        long userId = users.idOf(currentUser.require());
        address.setText(users.mailAddressOf(userId)
                .map(email -> getTranslation("settings.mail.address", email))
                .orElse(getTranslation("settings.mail.no-address")));
        address.addClassName("mail-address");
        saved.addClassName("settings-saved");
        saved.getElement().setAttribute("role", "status");

        Section mails = new Section(new H3(getTranslation("settings.mail.kinds")), address);
        preferences.of(userId).forEach((kind, on) -> {
            Checkbox box = new Checkbox(kindName(kind), on);
            box.addValueChangeListener(change -> {
                preferences.set(userId, kind, change.getValue());
                saved.setText(getTranslation(change.getValue() ? "settings.mail.on" : "settings.mail.off",
                        kindName(kind)));
            });
            box.getStyle().set("display", "flex"); // one choice a line: a row of four read as one
            kinds.put(kind, box);
            mails.add(box);
        });
        mails.addClassName("mail-kinds");

        language.setLabel(getTranslation("settings.mail.language"));
        language.setItems(UiLanguage.values());
        language.setItemLabelGenerator(choice -> choice == UiLanguage.DANISH ? "Dansk" : "English");
        language.setValue(preferences.language(userId));
        language.addValueChangeListener(change -> {
            preferences.setLanguage(userId, change.getValue());
            saved.setText(getTranslation("settings.mail.language-saved"));
        });
        add(new H2(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")), mails, language,
                saved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " – " + getTranslation("app.name");
    }

    /** The kind's name as the mails call it, so the page and the mail's footer say the same. */
    private String kindName(MailKind kind) {
        return new MailText(UiLanguage.of(getLocale())).text(kind.key());
    }
}
