package dk.samspil.security;

/** An account change that cannot be made as asked, for a reason the user can fix. */
public class AccountRejected extends IllegalArgumentException {

    private final AccountProblem problem;

    public AccountRejected(AccountProblem problem) {
        super("The account change is refused: " + problem);
        this.problem = problem;
    }

    public AccountProblem problem() {
        return problem;
    }
}
