package dk.samspil.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Complementary suppression over a whole hierarchy of cuts at once (INSTRUMENTS.md, "The anonymity
 * rule"), so that every output showing some of the cuts agrees on what is hidden. Repeated until
 * nothing changes:
 * <ul>
 * <li>primary: a cut of 1 to threshold − 1 respondents is hidden; so is one no output shows;</li>
 * <li>below a shown cut, the hidden parts are none, or at least two (one suffices if it is never
 *     shown anyway) that together reach the threshold — else the parent minus the shown parts gives
 *     a small group away, and the next smallest shown part is hidden too;</li>
 * <li>below a hidden cut of at least the threshold, hidden parts together reach the threshold —
 *     else the sum of its shown parts gives the hidden cut away, and with it, by subtraction from its
 *     own parent, its hidden siblings (or the hidden parts of hidden siblings add up to a small
 *     group); the smallest shown part is hidden too.</li>
 * </ul>
 * Together these give the rule of difference between a shown cut and a shown cut inside it: what
 * lies between them is empty or at least the threshold, which is stricter than Ennova's "differ by
 * fewer than 3".
 */
final class CutSuppression {

    /**
     * One cut with its respondents; {@code parent} null for the top. A parent's parts need not add up
     * to it (a rated sector is asked of a respondent, not every one), but usually they do.
     */
    record Node<K>(K key, K parent, int n, boolean published) {
    }

    private CutSuppression() {
    }

    /**
     * @param nodes         every cut with respondents, parents listed before their parts
     * @param hiddenAlready cuts hidden for another reason (a cut of the same group in a related hierarchy)
     * @return the cuts to hide
     */
    static <K> Set<K> hidden(Collection<Node<K>> nodes, int threshold, Set<K> hiddenAlready) {
        return hidden(nodes, threshold, hiddenAlready, Set.of());
    }

    /**
     * @param known cuts whose figure a reader has from elsewhere (a pool's cut whose every wave shows
     *              it): hiding them protects nobody, so they never serve as the complement of a
     *              hidden part and count as shown wherever they are
     */
    static <K> Set<K> hidden(Collection<Node<K>> nodes, int threshold, Set<K> hiddenAlready, Set<K> known) {
        Map<K, Node<K>> byKey = new LinkedHashMap<>();
        Map<K, List<Node<K>>> parts = new LinkedHashMap<>();
        Set<K> hidden = new HashSet<>();
        for (Node<K> node : nodes) {
            byKey.put(node.key(), node);
            if (node.n() <= 0) {
                continue;
            }
            if (node.parent() != null) {
                parts.computeIfAbsent(node.parent(), parent -> new ArrayList<>()).add(node);
            }
            if (!node.published() || node.n() < threshold || hiddenAlready.contains(node.key())) {
                hidden.add(node.key());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<K, List<Node<K>>> family : parts.entrySet()) {
                Node<K> parent = byKey.get(family.getKey());
                while (parent != null && !protects(parent, family.getValue(), hidden, known, threshold)) {
                    Optional<Node<K>> next = family.getValue().stream()
                            .filter(part -> !hidden.contains(part.key()) && !known.contains(part.key()))
                            .min(Comparator.comparingInt(Node::n));
                    changed = true;
                    if (next.isEmpty()) {
                        hidden.add(parent.key());
                        break;
                    }
                    hidden.add(next.get().key());
                }
            }
        }
        return hidden;
    }

    private static <K> boolean protects(Node<K> parent, List<Node<K>> parts, Set<K> hidden, Set<K> known,
                                        int threshold) {
        List<Node<K>> hiddenParts = parts.stream()
                .filter(part -> hidden.contains(part.key()) && !known.contains(part.key())).toList();
        int hiddenRespondents = hiddenParts.stream().mapToInt(Node::n).sum();
        if (hidden.contains(parent.key()) && !known.contains(parent.key())) {
            return parent.n() < threshold || hiddenRespondents >= threshold
                    || hiddenParts.size() == parts.size();
        }
        return hiddenParts.isEmpty() || hiddenRespondents >= threshold
                && (hiddenParts.size() > 1 || !hiddenParts.getFirst().published());
    }
}
