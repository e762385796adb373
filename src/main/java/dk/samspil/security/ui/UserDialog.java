package dk.samspil.security.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.security.AccountDetails;
import dk.samspil.security.AccountRejected;
import dk.samspil.security.ManagedUser;
import dk.samspil.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates or edits an account: user name (only when new), name, e-mail, role and the scope the role
 * needs. The municipality and sector fields show only for the roles that have them. What the
 * service refuses is said in the dialog, next to the save button.
 */
class UserDialog extends Dialog {

    /** Creates or changes the user of that name; throws what the service throws. */
    interface Save {
        void save(String username, AccountDetails details);
    }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final Select<Municipality> municipality = new Select<>();
    final Select<Sector> sector = new Select<>();
    final Paragraph problem = new Paragraph();
    final Button save = new Button();

    /**
     * @param user          null for a new user
     * @param municipalities those the signed-in user may give (a lead: their own only)
     */
    UserDialog(ManagedUser user, List<Role> roles, List<Municipality> municipalities, Save action, Consumer<String> saved) {
        setHeaderTitle(user == null ? getTranslation("users.form.create") : getTranslation("users.form.edit", user.username()));
        username.setLabel(getTranslation("users.username"));
        username.setRequiredIndicatorVisible(true);
        username.setVisible(user == null);
        username.setMaxLength(60);
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(AccountDetails.MAX_DISPLAY_NAME);
        email.setLabel(getTranslation("users.email"));
        email.setMaxLength(AccountDetails.MAX_EMAIL);
        role.setLabel(getTranslation("users.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.addValueChangeListener(change -> showScope());
        municipality.setLabel(getTranslation("users.municipality"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(Municipality::name);
        sector.setLabel(getTranslation("users.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.getElement().setAttribute("role", "alert");
        // ids for the browser tests: the page's filters have fields of the same labels
        username.setId("user-username");
        role.setId("user-role");
        municipality.setId("user-municipality");
        sector.setId("user-sector");
        fill(user, roles, municipalities);
        FormLayout form = new FormLayout(username, displayName, email, role, municipality, sector);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form, problem);
        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(user, action, saved));
        getFooter().add(new Button(getTranslation("users.cancel"), click -> close()), save);
    }

    private void fill(ManagedUser user, List<Role> roles, List<Municipality> municipalities) {
        if (user == null) {
            role.setValue(roles.getFirst());
            if (municipalities.size() == 1) {
                municipality.setValue(municipalities.getFirst());
            }
        } else {
            AccountDetails details = user.details();
            displayName.setValue(details.displayName());
            email.setValue(details.email() == null ? "" : details.email());
            role.setValue(details.role());
            municipalities.stream().filter(m -> Integer.valueOf(m.code()).equals(details.municipalityCode())).findFirst()
                    .ifPresent(municipality::setValue);
            Sector.parse(details.sectorCode()).ifPresent(sector::setValue);
        }
        role.setReadOnly(roles.size() == 1);
        municipality.setReadOnly(municipalities.size() == 1);
        showScope();
    }

    private void showScope() {
        Role chosen = role.getValue();
        municipality.setVisible(chosen != null && chosen.boundToMunicipality());
        sector.setVisible(chosen == Role.PROFESSIONAL);
    }

    private void save(ManagedUser user, Save action, Consumer<String> saved) {
        Role chosen = role.getValue();
        if (chosen == null) {
            problem.setText(getTranslation("users.problem.SCOPE"));
            return;
        }
        Integer code = chosen.boundToMunicipality() && municipality.getValue() != null ? municipality.getValue().code() : null;
        String sectorCode = chosen == Role.PROFESSIONAL && sector.getValue() != null ? sector.getValue().name() : null;
        String name = user == null ? username.getValue() : user.username();
        try {
            action.save(name, new AccountDetails(displayName.getValue(), email.getValue(), chosen,
                    code, sectorCode));
            close();
            saved.accept(name);
        } catch (AccountRejected rejected) {
            problem.setText(getTranslation(rejected.problem().messageKey()));
        } catch (AccessDeniedException denied) {
            problem.setText(getTranslation("users.denied"));
        }
    }
}
