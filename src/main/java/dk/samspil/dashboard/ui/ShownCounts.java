package dk.samspil.dashboard.ui;

import java.util.OptionalLong;

import com.vaadin.flow.component.Component;

/** How the pages write a case count the services may have withheld under the small-cell rule. */
final class ShownCounts {

    private ShownCounts() {
    }

    /** The count, or "&lt; 5" where the service withheld it. */
    static String text(Component page, OptionalLong count) {
        return count.isPresent() ? String.valueOf(count.getAsLong())
                : page.getTranslation("outcomes.before-after.below-five");
    }

    /** The count as a chart's point: none where it was withheld. */
    static Long point(OptionalLong count) {
        return count.isPresent() ? count.getAsLong() : null;
    }
}
