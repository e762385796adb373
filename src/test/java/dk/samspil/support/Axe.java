package dk.samspil.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core injected into a page under test (fetched by the build into target/axe). Returns the
 * WCAG 2.1 A/AA violations as "rule: help (n nodes)" lines, so a failing test says what is wrong.
 * Vaadin's development tools (present only in development mode, never in production) are left out.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("target/axe/node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        if (!Files.isReadable(SCRIPT)) {
            throw new IllegalStateException("axe-core is missing at " + SCRIPT + ": run the build's pre-integration-test phase");
        }
        try {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(SCRIPT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run({exclude: [['copilot-main'], ['vaadin-dev-tools']]}, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
                    .map(v => ({id: v.id, help: v.help, nodes: v.nodes.length,
                                target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ')}))""");
        return violations.stream()
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes: " + v.get("target") + ")")
                .toList();
    }
}
