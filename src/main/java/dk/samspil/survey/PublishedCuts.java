package dk.samspil.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One wave's published cuts per construct — the programme, each municipality, each municipality's
 * sectors and, for relational coordination, each sector's ties to the sectors it rated — with their
 * score sums and one suppression computed over the whole hierarchy ({@link CutSuppression}). Every
 * output reads its figures from here, so no two outputs disagree about what is hidden, and what one
 * shows cannot be subtracted from what another shows to find a hidden group.
 */
final class PublishedCuts {

    private final AnonymityRule rule;
    private final Map<Construct, Map<Cut, ScoreSums>> sums;
    private final Map<Construct, Set<Cut>> hidden;

    private PublishedCuts(AnonymityRule rule, Map<Construct, Map<Cut, ScoreSums>> sums,
                          Map<Construct, Set<Cut>> hidden) {
        this.rule = rule;
        this.sums = sums;
        this.hidden = hidden;
    }

    static PublishedCuts of(List<ScoreCell> cells, AnonymityRule rule) {
        Map<Construct, Map<Cut, ScoreSums>> sums = new EnumMap<>(Construct.class);
        for (ScoreCell cell : cells) {
            Map<Cut, ScoreSums> cuts = sums.computeIfAbsent(cell.construct(), construct -> new LinkedHashMap<>());
            Cut cut = cell.construct() == Construct.RELATIONAL_COORDINATION
                    ? Cut.tie(cell.municipalityCode(), cell.sectorCode(), cell.targetSectorCode())
                    : Cut.of(cell.municipalityCode(), cell.sectorCode());
            for (; cut != null; cut = cut.parent()) {
                cuts.merge(cut, cell.sums(), ScoreSums::plus);
            }
        }
        Map<Construct, Set<Cut>> hidden = new EnumMap<>(Construct.class);
        sums.forEach((construct, cuts) -> hidden.put(construct,
                CutSuppression.hidden(topDown(cuts), rule.threshold(), Set.of())));
        return new PublishedCuts(rule, sums, hidden);
    }

    /** A cut's score on a construct, named {@code group}; suppressed where the wave's suppression hides it. */
    GroupScore score(Construct construct, Cut cut, String group) {
        GroupScore score = GroupScore.of(group, sums.getOrDefault(construct, Map.of()).getOrDefault(cut, ScoreSums.NONE));
        return hides(construct, cut) ? score.suppress() : score;
    }

    boolean hides(Construct construct, Cut cut) {
        return hidden.getOrDefault(construct, Set.of()).contains(cut);
    }

    AnonymityRule rule() {
        return rule;
    }

    /** The constructs anyone in the wave scored on. */
    Set<Construct> constructs() {
        return sums.keySet();
    }

    /** Every cut with respondents on a construct, shown or hidden. */
    Set<Cut> cuts(Construct construct) {
        return sums.getOrDefault(construct, Map.of()).keySet();
    }

    ScoreSums sums(Construct construct, Cut cut) {
        return sums.getOrDefault(construct, Map.of()).getOrDefault(cut, ScoreSums.NONE);
    }

    /** Whether some output shows the cut's figure: it has respondents, is published and is not hidden. */
    boolean shows(Construct construct, Cut cut) {
        return cut.published() && sums(construct, cut).n() > 0 && !hides(construct, cut);
    }

    /** Parents before their parts, as {@link CutSuppression} wants them: the programme, municipalities, sectors, ties. */
    private static List<CutSuppression.Node<Cut>> topDown(Map<Cut, ScoreSums> cuts) {
        List<CutSuppression.Node<Cut>> nodes = new ArrayList<>();
        for (int depth = 0; depth <= 3; depth++) {
            int level = depth;
            cuts.forEach((cut, sums) -> {
                if (depth(cut) == level) {
                    nodes.add(new CutSuppression.Node<>(cut, cut.parent(), sums.n(), cut.published()));
                }
            });
        }
        return nodes;
    }

    private static int depth(Cut cut) {
        return cut.municipality() == null ? 0 : cut.sector() == null ? 1 : cut.target() == null ? 2 : 3;
    }
}
