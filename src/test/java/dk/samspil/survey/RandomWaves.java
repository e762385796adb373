package dk.samspil.survey;

import java.util.Random;

/** Group sizes as a curious insider would hope for them: mostly 0–6 respondents, now and then a larger group. */
final class RandomWaves {

    private RandomWaves() {
    }

    static int groupSize(Random random) {
        int draw = random.nextInt(10);
        return draw < 7 ? random.nextInt(7) : draw < 9 ? 7 + random.nextInt(9) : 16 + random.nextInt(25);
    }
}
