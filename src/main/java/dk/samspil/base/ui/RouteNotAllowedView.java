package dk.samspil.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not allowed" for a page the signed-in role may not open (the router's refusal, e.g. a
 * professional typing /overview): the same words as a service's refusal, inside the app's layout,
 * instead of Vaadin's bare default.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RouteNotAllowedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show("not-allowed", "error.page-not-allowed", HttpServletResponse.SC_FORBIDDEN);
    }
}
