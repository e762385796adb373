package dk.samspil.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import dk.samspil.base.period.Period;

/** A period as words inside a sentence: "i 2025", "de seneste 24 måneder (nov. 2024–okt. 2026)". */
final class PeriodWords {

    private PeriodWords() {
    }

    static String of(Component page, Locale locale, Period period) {
        if (period.isCalendarYear()) {
            return page.getTranslation("period.in-year", period.key());
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        return page.getTranslation("period.in-last", period.months(), month.format(period.from()),
                month.format(period.to()));
    }
}
