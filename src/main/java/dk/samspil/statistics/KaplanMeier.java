package dk.samspil.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The Kaplan–Meier estimate of how long cases wait for an event (STATISTICS.md, "Waiting times with
 * cases still waiting"): a case still waiting has waited <em>at least</em> its time so far and is
 * censored there, neither left out (which makes the newest months look best, issue 12 defect 5) nor
 * counted as met. At each time t with d events among the n still at risk the survival drops by the
 * factor (1 − d/n); a case censored at t is at risk at t (events before censoring, the usual tie rule).
 *
 * @param steps     the survival after each time with an event, in time order
 * @param cases     how many cases the estimate rests on
 * @param censored  how many of them are still waiting
 */
public record KaplanMeier(List<Step> steps, int cases, int censored) {

    /** S(t): the share still waiting just after {@code time}. */
    public record Step(double time, double survival) {
    }

    /** One case: its time so far and whether the event has happened (false: still waiting, censored). */
    public record Observation(double time, boolean event) {

        public Observation {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("a waiting time is finite and not negative, got " + time);
            }
        }
    }

    public KaplanMeier {
        steps = List.copyOf(steps);
    }

    public static KaplanMeier estimate(List<Observation> observations) {
        List<Observation> sorted = observations.stream().sorted(Comparator.comparingDouble(Observation::time)).toList();
        List<Step> steps = new ArrayList<>();
        double survival = 1;
        int atRisk = sorted.size();
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).time();
            int events = 0;
            int leaving = 0;
            while (i < sorted.size() && sorted.get(i).time() == time) {
                events += sorted.get(i).event() ? 1 : 0;
                leaving++;
                i++;
            }
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                steps.add(new Step(time, survival));
            }
            atRisk -= leaving;
        }
        int censored = (int) observations.stream().filter(o -> !o.event()).count();
        return new KaplanMeier(steps, observations.size(), censored);
    }

    /**
     * The median wait: the first time the survival falls to 0.5 or below. Where it lands exactly on
     * 0.5 the median is the midpoint to the next event time, as R's {@code survfit} reports it. Empty
     * while more than half may still be waiting (the median is not reached yet).
     */
    public OptionalDouble median() {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (Math.abs(step.survival() - 0.5) < 1e-12) {
                return OptionalDouble.of(i + 1 < steps.size() ? (step.time() + steps.get(i + 1).time()) / 2 : step.time());
            }
            if (step.survival() < 0.5) {
                return OptionalDouble.of(step.time());
            }
        }
        return OptionalDouble.empty();
    }
}
