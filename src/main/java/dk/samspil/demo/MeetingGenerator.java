package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Schedules each case's network meetings: an initial meeting two to eight weeks after enrolment
 * (some slow starts take three to five months), then follow-ups every four to eight weeks and
 * now and then a crisis meeting; never in the future and never after the case ended or was
 * paused. Some follow-ups come weeks late: that is what "follow-up kept on time" must find.
 */
final class MeetingGenerator {

    private static final List<String> PLAN_STATUSES = List.of("NEW", "REVISED", "UNCHANGED", "NONE");

    private final MeetingAttendance attendance = new MeetingAttendance();

    /**
     * @param existingMeetings meetings the municipality already has, so new references continue after them
     */
    List<MeetingRow> generate(List<CaseRow> cases, MunicipalityProfile profile, long seed, int existingMeetings,
                              Ids ids) {
        List<MeetingRow> drafts = new ArrayList<>();
        for (CaseRow c : cases) {
            drafts.addAll(schedule(c, profile, Randoms.of(seed, "meetings", c.municipalityCode(), c.number())));
        }
        // references and ids in the order the meetings were held, as a municipality's own register would be
        drafts.sort(Comparator.comparing(MeetingRow::heldOn).thenComparingLong(MeetingRow::caseId));
        List<MeetingRow> meetings = new ArrayList<>(drafts.size());
        for (MeetingRow draft : drafts) {
            String ref = "M-%06d".formatted(existingMeetings + meetings.size() + 1);
            meetings.add(draft.numbered(ids.next(Ids.Sequence.MEETING), ref));
        }
        return List.copyOf(meetings);
    }

    void write(BatchInserter batch, List<MeetingRow> meetings) {
        BatchInserter.Table meetingTable = batch.table("""
                INSERT INTO network_meeting (id, case_id, municipality_code, meeting_ref, held_on, meeting_type,
                                             citizen_present, plan_status, actions_agreed, next_follow_up_on,
                                             duration_minutes, participants)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Types.BIGINT, Types.BIGINT, Types.SMALLINT, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                Types.BOOLEAN, Types.VARCHAR, Types.SMALLINT, Types.DATE, Types.SMALLINT, Types.TINYINT);
        BatchInserter.Table sectorTable = batch.table(
                "INSERT INTO network_meeting_sector (meeting_id, sector_code) VALUES (?, ?)",
                Types.BIGINT, Types.VARCHAR);
        for (MeetingRow m : meetings) {
            meetingTable.add(m.id(), m.caseId(), m.municipalityCode(), m.meetingRef(), BatchInserter.date(m.heldOn()),
                    m.meetingType(), m.citizenPresent(), m.planStatus(), m.actionsAgreed(),
                    BatchInserter.date(m.nextFollowUpOn()), m.durationMinutes(), m.participants());
            for (Sector sector : m.sectors()) {
                sectorTable.add(m.id(), sector.name());
            }
        }
    }

    private List<MeetingRow> schedule(CaseRow c, MunicipalityProfile profile, SplittableRandom r) {
        List<MeetingRow> meetings = new ArrayList<>();
        boolean slowStart = Randoms.chance(r, 0.15);
        LocalDate held = c.enrolledOn().plusDays(slowStart ? Randoms.between(r, 90, 150) : Randoms.between(r, 14, 56));
        String type = "INITIAL";
        while (!held.isAfter(c.activeUntil())) {
            int interval = Randoms.between(r, 28, 56);
            LocalDate planned = held.plusDays(interval);
            meetings.add(meeting(c, profile, held, type, Randoms.chance(r, 0.9) ? planned : null, r));
            if (Randoms.chance(r, 0.07)) {
                LocalDate crisis = held.plusDays(Randoms.between(r, 5, interval - 4));
                if (!crisis.isAfter(c.activeUntil())) {
                    meetings.add(meeting(c, profile, crisis, "CRISIS", planned, r));
                }
            }
            held = Randoms.chance(r, profile.followUpKept())
                    ? planned.plusDays(Randoms.between(r, -3, 3))
                    : planned.plusDays(Randoms.between(r, 14, 42));
            type = "FOLLOW_UP";
        }
        return meetings;
    }

    private MeetingRow meeting(CaseRow c, MunicipalityProfile profile, LocalDate heldOn, String type,
                               LocalDate followUp, SplittableRandom r) {
        String plan = switch (type) {
            case "INITIAL" -> "NEW";
            case "CRISIS" -> PLAN_STATUSES.get(Randoms.weightedIndex(r, 0, 55, 25, 20));
            default -> PLAN_STATUSES.get(Randoms.weightedIndex(r, 3, 35, 50, 12));
        };
        int actions = switch (plan) {
            case "NEW" -> Randoms.between(r, 2, 5) + (Randoms.chance(r, 0.1) ? 1 : 0);
            case "REVISED" -> Randoms.between(r, 1, 5) + (Randoms.chance(r, 0.1) ? 1 : 0);
            case "UNCHANGED" -> Randoms.between(r, 0, 2);
            default -> 0;
        };
        Set<Sector> sectors = attendance.sectors(c, profile, type, r);
        boolean citizenPresent = Randoms.chance(r, c.course().citizenPresence());
        int participants = attendance.participants(sectors, citizenPresent, profile, r);
        int duration = 45 + 5 * Randoms.between(r, 0, 15);
        return new MeetingRow(0, c.id(), c.municipalityCode(), null, heldOn, type, citizenPresent, plan, actions,
                followUp, duration, participants, sectors);
    }
}
