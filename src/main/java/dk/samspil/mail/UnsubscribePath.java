package dk.samspil.mail;

/** Where an unsubscribe link leads: {@value #PATH}/&lt;token&gt;, open without sign-in. */
public final class UnsubscribePath {

    public static final String PATH = "afmeld";

    private UnsubscribePath() {
    }
}
