package dk.samspil.survey;

/**
 * Why an uploaded address list was refused, whole: the message key and the line it is about (0 when
 * about the whole list). The line's text is never repeated: it may be a name or a CPR number.
 */
public class AddressProblem extends SurveyProblem {

    private final int line;

    AddressProblem(String messageKey, int line) {
        super(messageKey);
        this.line = line;
    }

    /** 1-based; for "too many", the number of addresses given. */
    public int line() {
        return line;
    }
}
