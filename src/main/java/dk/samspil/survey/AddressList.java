package dk.samspil.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dk.samspil.base.privacy.CprNumbers;

/**
 * The mail addresses pasted or uploaded for one municipality's sector of a wave: one a line, blank
 * lines ignored. Refused whole, naming the line, when a line is not an address, repeats an earlier
 * one (case aside), holds anything like a CPR number, or when there are more than {@value #MOST}.
 */
public record AddressList(List<String> addresses) {

    public static final int MOST = Invitations.MOST_AT_ONCE;
    static final int LONGEST = 254;
    // an address a mail server takes: no spaces, no quoting, a dot in the domain
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9æøåÆØÅ]([A-Za-z0-9æøåÆØÅ-]*[A-Za-z0-9æøåÆØÅ])?(\\.[A-Za-z0-9æøåÆØÅ]([A-Za-z0-9æøåÆØÅ-]*[A-Za-z0-9æøåÆØÅ])?)+");

    public AddressList {
        addresses = List.copyOf(addresses);
    }

    /** @throws AddressProblem naming the first line that is wrong; nothing is kept of a refused list */
    public static AddressList parse(String text) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        long given = java.util.Arrays.stream(lines).filter(line -> !line.isBlank()).count();
        if (given == 0) {
            throw new AddressProblem("survey.mail.problem.empty", 0);
        }
        if (given > MOST) {
            throw new AddressProblem("survey.mail.problem.too-many", (int) given);
        }
        List<String> addresses = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String address = lines[i].strip();
            if (address.isEmpty()) {
                continue;
            }
            if (CprNumbers.containsCprNumber(address)) {
                throw new AddressProblem("survey.mail.problem.cpr", i + 1);
            }
            if (address.length() > LONGEST || !ADDRESS.matcher(address).matches()) {
                throw new AddressProblem("survey.mail.problem.address", i + 1);
            }
            if (seen.putIfAbsent(address.toLowerCase(Locale.ROOT), i + 1) != null) {
                throw new AddressProblem("survey.mail.problem.duplicate", i + 1);
            }
            addresses.add(address);
        }
        return new AddressList(addresses);
    }

    public int size() {
        return addresses.size();
    }

    @Override
    public String toString() {
        return "AddressList[" + addresses.size() + " addresses]";
    }
}
