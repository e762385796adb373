package dk.samspil.survey;

/**
 * Respondents' scores kept as running sums: enough for a group's mean and t-interval, and sums of
 * groups add up, which is what lets the score cells be pre-aggregated.
 *
 * @param n            respondents with a score
 * @param sum          Σ score
 * @param sumOfSquares Σ score²
 */
record ScoreSums(int n, double sum, double sumOfSquares) {

    static final ScoreSums NONE = new ScoreSums(0, 0, 0);

    ScoreSums plus(double score) {
        return new ScoreSums(n + 1, sum + score, sumOfSquares + score * score);
    }

    ScoreSums plus(ScoreSums other) {
        return new ScoreSums(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }
}
