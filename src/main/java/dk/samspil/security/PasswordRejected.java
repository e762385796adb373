package dk.samspil.security;

/** A password the policy refuses; the message says why, never what the password was. */
public class PasswordRejected extends IllegalArgumentException {

    private final PasswordProblem problem;

    public PasswordRejected(PasswordProblem problem) {
        super("The password is refused: " + problem.explanation());
        this.problem = problem;
    }

    public PasswordProblem problem() {
        return problem;
    }
}
