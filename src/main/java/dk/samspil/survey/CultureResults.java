package dk.samspil.survey;

import java.util.List;

import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Culture page shows, for the roles that may see it. Every figure comes from
 * {@link SurveyResults} with the anonymity rule applied. The comparison across municipalities is
 * for everyone here; the detail of one municipality (by sector, items, network, trend) a municipal
 * lead gets for their own municipality only: their own municipality in detail, others as
 * aggregates.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
public class CultureResults {

    /** How many closed waves the trend goes back. */
    public static final int TREND_WAVES = 12;

    private final SurveyResults results;
    private final CurrentUser currentUser;

    CultureResults(SurveyResults results, CurrentUser currentUser) {
        this.results = results;
        this.currentUser = currentUser;
    }

    public int threshold() {
        return results.threshold();
    }

    public List<SurveyResults.ClosedWave> closedWaves() {
        return results.closedWaves();
    }

    /** The municipality a municipal lead is held to; empty for the programme-wide roles. */
    public java.util.Optional<Integer> ownMunicipality() {
        SignedInUser user = currentUser.require();
        return user.role() == Role.MUNICIPAL_LEAD ? user.municipality() : java.util.Optional.empty();
    }

    public List<GroupScore> municipalityComparison(long waveId, Construct construct) {
        return results.municipalityComparison(waveId, construct);
    }

    /** The last {@link #TREND_WAVES} closed waves; for one sector when {@code sector} is set. */
    public List<GroupScore> trend(int municipalityCode, Construct construct, Sector sector) {
        return sector == null ? results.trend(detail(municipalityCode), construct, TREND_WAVES)
                : results.sectorTrend(detail(municipalityCode), sector, construct, TREND_WAVES);
    }

    public List<ItemDistribution> itemDistributions(long waveId, int municipalityCode, Construct construct,
                                                    Sector sector) {
        return results.itemDistributions(waveId, detail(municipalityCode), construct, sector);
    }

    /**
     * The wave the page opens on for a municipality, or (null) for the programme: the newest closed
     * wave with results for that scope (docs/decisions/0028).
     */
    public java.util.Optional<Long> defaultWave(Integer municipalityCode) {
        return results.defaultWave(municipalityCode);
    }

    /** The newest pool of this length that may be shown for a municipality or (null) the programme. */
    public java.util.Optional<Pool> newestPool(Pooling pooling, Integer municipalityCode) {
        return results.newestPool(pooling, municipalityCode == null ? null : detail(municipalityCode));
    }

    public List<GroupScore> municipalityComparison(Pool pool, Construct construct) {
        return results.municipalityComparison(pool, construct);
    }

    /** By sector in a wave, for a municipality. */
    public List<GroupScore> sectorScores(long waveId, int municipalityCode, Construct construct) {
        return results.sectorScores(waveId, detail(municipalityCode), construct);
    }

    /**
     * By sector in a pool, for a municipality or (null) the whole programme — an aggregate anyone
     * here may see, shown for pools only (docs/decisions/0028).
     */
    public List<GroupScore> sectorScores(Pool pool, Integer municipalityCode, Construct construct) {
        return results.sectorScores(pool, municipalityCode == null ? null : detail(municipalityCode), construct);
    }

    /** The relational-coordination network of a municipality in a wave. */
    public List<Tie> ties(long waveId, int municipalityCode) {
        return results.ties(waveId, detail(municipalityCode));
    }

    /** The relational-coordination network in a pool, of a municipality or (null) the whole programme. */
    public List<Tie> ties(Pool pool, Integer municipalityCode) {
        return results.ties(pool, municipalityCode == null ? null : detail(municipalityCode));
    }

    private int detail(int municipalityCode) {
        if (ownMunicipality().filter(own -> own != municipalityCode).isPresent()) {
            throw new AccessDeniedException("A municipal lead sees the detail of their own municipality only");
        }
        return municipalityCode;
    }
}
