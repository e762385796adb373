package dk.samspil.base;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in: Lumo plus our theme from {@code frontend/themes/samspil}. The print style
 * sheet and script ({@link PrintLayout}) make every page print whole. Push lets
 * a long-running import report its progress and result without the user reloading.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(PrintLayout.STYLE_SHEET)
@CssImport("./themes/samspil/styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addInlineWithContents(Inline.Position.APPEND, PrintLayout.SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }
}
