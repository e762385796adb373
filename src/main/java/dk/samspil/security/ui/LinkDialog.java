package dk.samspil.security.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.security.OneTimeLink;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Shows a one-time password link once, for the administrator to hand over: Samspil keeps only its
 * hash and cannot show it again. Mail is not sent from here (no mail is configured yet).
 */
class LinkDialog extends Dialog {

    final TextField link = new TextField();

    LinkDialog(String username, OneTimeLink oneTimeLink) {
        setHeaderTitle(getTranslation("users.link.title", username));
        link.setLabel(getTranslation("users.link.field"));
        link.setValue(address(oneTimeLink));
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("one-time-link");
        String until = TimeFormats.dateTime(getLocale()).format(oneTimeLink.expiresAt());
        add(new Paragraph(getTranslation("users.link.intro", until)), link,
                new Paragraph(getTranslation("users.link.mail")));
        setWidth("min(40rem, 95vw)");
        getFooter().add(new Button(getTranslation("users.close"), click -> close()));
    }

    /** The whole address as the user's browser will reach it: behind a proxy, its scheme and host (Tomcat's RemoteIpValve). */
    private static String address(OneTimeLink oneTimeLink) {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/" + oneTimeLink.path();
        }
        HttpServletRequest request = current.getHttpServletRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath()
                + "/" + oneTimeLink.path();
    }
}
