package dk.samspil.report;

import java.util.ArrayList;
import java.util.List;

/** A linear axis from data to drawing: rounded ends, a few round ticks. */
record Scale(double low, double high, double from, double to, double step) {

    /** An axis covering [min, max] mapped onto [from, to] (to may be less than from: the y axis). */
    static Scale of(double min, double max, double from, double to) {
        if (!(max > min)) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double step = niceStep((max - min) / 4);
        double low = Math.floor(min / step) * step;
        double high = Math.ceil(max / step) * step;
        return new Scale(low, high, from, to, step);
    }

    double at(double value) {
        return from + (value - low) / (high - low) * (to - from);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double tick = low; tick <= high + step / 2; tick += step) {
            ticks.add(Math.abs(tick) < step / 1e6 ? 0 : tick);
        }
        return ticks;
    }

    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
