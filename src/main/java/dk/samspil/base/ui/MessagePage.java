package dk.samspil.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** An error page that says in plain words what happened: a heading and one sentence. */
abstract class MessagePage extends Main {

    protected int show(String className, String key, int status) {
        removeAll();
        addClassNames("page", className);
        add(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
        return status;
    }
}
