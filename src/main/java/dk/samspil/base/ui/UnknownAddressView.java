package dk.samspil.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Every address no page claims (a mistyped or outdated link). Without a route for them the
 * security filter refuses a signed-in user with a bare 403 before Vaadin can say "not found"; as a
 * route open to everyone, the address reaches the router, which shows {@link NotFoundView}
 * with a 404. Pages with a path of their own always win over this template.
 */
@Route(":address*")
@AnonymousAllowed
class UnknownAddressView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}
