package dk.samspil.base.ui;

import java.time.Clock;
import java.time.YearMonth;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The period filter every dashboard shares: "last 24 months", "2025", … kept in the URL as {@code period}. */
public class PeriodSelect extends Select<Period> {

    public static final String PARAMETER = "period";

    private final Clock clock;

    public PeriodSelect(Clock clock) {
        this.clock = clock;
        setLabel(getTranslation("filter.period"));
        setWidth("14rem");
        setItems(Period.choices(YearMonth.now(clock)));
        setItemLabelGenerator(period -> period.isCalendarYear() ? period.key()
                : getTranslation("filter.period.last", period.months()));
    }

    /** Sets the value from the URL, or to the page's default number of months. */
    public Period read(BeforeEnterEvent event, int defaultMonths) {
        YearMonth now = YearMonth.now(clock);
        Period period = UrlParameters.first(event, PARAMETER).flatMap(key -> Period.parse(key, now))
                .orElse(Period.last(defaultMonths, now));
        setValue(period);
        return period;
    }
}
