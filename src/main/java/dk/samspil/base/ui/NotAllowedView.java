package dk.samspil.base.ui;

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
public class NotAllowedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show("not-allowed", "error.not-allowed", HttpServletResponse.SC_FORBIDDEN);
    }
}
