package dk.samspil.importing.file;

/** What the meeting did with the action plan ({@code network_meeting.plan_status}). */
public enum PlanStatus {
    NEW,
    REVISED,
    UNCHANGED,
    NONE
}
