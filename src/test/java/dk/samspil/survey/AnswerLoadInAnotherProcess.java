package dk.samspil.survey;

import java.util.List;

/**
 * A process that starts a survey load (its answer-set file made as a load makes it), prints the
 * file's path and waits to be killed: {@link LoadFileAfterAKillTest}.
 */
final class AnswerLoadInAnotherProcess {

    private AnswerLoadInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        AnswerLoad load = new AnswerLoad(() -> null, new StreamedScores(List.of()));
        System.out.println(load.answerSetsFile());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
