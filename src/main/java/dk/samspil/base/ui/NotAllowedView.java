package dk.samspil.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Not allowed": shown when a service refuses the signed-in user, e.g. a municipal lead who types
 * another municipality's case URL. The refusal itself happens in the service.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotAllowedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("not-allowed");
        add(new H2(getTranslation("error.not-allowed.title")), new Paragraph(getTranslation("error.not-allowed.text")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
