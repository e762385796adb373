package dk.samspil.base.ui;

import java.time.Clock;
import java.time.YearMonth;

import com.vaadin.flow.component.select.Select;
import dk.samspil.base.period.Period;

/** The period filter every dashboard shares: "last 24 months", "2025", … the choices of {@link Period}. */
public class PeriodSelect extends Select<Period> {

    public PeriodSelect(Clock clock) {
        setLabel(getTranslation("filter.period"));
        setWidth("14rem");
        setItems(Period.choices(YearMonth.now(clock)));
        setItemLabelGenerator(period -> period.isCalendarYear() ? period.key()
                : getTranslation("filter.period.last", period.months()));
    }
}
