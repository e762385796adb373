package dk.samspil.support;

import dk.samspil.municipality.Sector;
import dk.samspil.survey.Invitations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A fresh invitation link to Odense's open demo wave, for social services, made as Odense's lead makes it. */
public final class OpenWaveInvitation {

    private OpenWaveInvitation() {
    }

    public static String odenseSocialServices(Invitations invitations, UserDetailsService users, JdbcClient jdbc) {
        SignIn.as(users, "leder.odense");
        try {
            long wave = jdbc.sql("""
                            SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                            WHERE w.status = 'OPEN' AND m.municipality_code = 461 ORDER BY w.id DESC LIMIT 1""")
                    .query(Long.class).single();
            return invitations.create(wave, 461, Sector.SOCIAL_SERVICES, 1).getFirst();
        } finally {
            SignIn.out();
        }
    }
}
