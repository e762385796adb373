package dk.samspil.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.SmallCells;

/**
 * Which case counts a reader sees as they are, and the small-cell rule for the rest: the one place
 * the dashboard services decide it, so that every page hides the same counts. Exact are the
 * counts of the reader's own cases — a lead's own municipality, and everything for the data
 * manager. Everyone else, the steering group included, sees aggregates (PRODUCT.md): another
 * municipality's count of 1–4 is withheld, and so is the programme's, which is rarely that small.
 */
record ShownCaseCounts(SignedInUser reader) {

    boolean exact(Scope scope) {
        return scope.municipalityCode().map(reader::maySeeCasesOf).orElse(reader.role() == Role.DATA_MANAGER);
    }

    /** One count about the scope. */
    OptionalLong one(Scope scope, long count) {
        return exact(scope) ? OptionalLong.of(count) : SmallCells.shownCount(count);
    }

    /** The parts of a whole about the scope (the whole's total may be shown beside them). */
    List<OptionalLong> parts(Scope scope, List<Long> parts) {
        return exact(scope) ? parts.stream().map(OptionalLong::of).toList() : SmallCells.shownParts(parts);
    }

    /** The parts of a whole drawn as bars: each alone where the reader may see it, else merged (SmallCells). */
    List<SmallCells.Group> groups(Scope scope, List<Long> parts) {
        return exact(scope) ? IntStream.range(0, parts.size()).mapToObj(i -> new SmallCells.Group(List.of(i), parts.get(i)))
                .toList() : SmallCells.mergedParts(parts);
    }

    /**
     * One count per municipality, where the programme's total is known elsewhere: the reader's own
     * as they are, the others' under the rule together, so that no hidden one follows from the total.
     */
    <T> List<OptionalLong> perMunicipality(List<T> rows, ToIntFunction<T> code, ToLongFunction<T> count) {
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!reader.maySeeCasesOf(code.applyAsInt(rows.get(i)))) {
                others.add(i);
            }
        }
        List<OptionalLong> shown = new ArrayList<>(rows.stream().map(row -> OptionalLong.of(count.applyAsLong(row))).toList());
        List<OptionalLong> hidden = SmallCells.shownParts(others.stream().map(i -> count.applyAsLong(rows.get(i))).toList());
        for (int i = 0; i < others.size(); i++) {
            shown.set(others.get(i), hidden.get(i));
        }
        return shown;
    }
}
