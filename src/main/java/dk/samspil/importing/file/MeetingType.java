package dk.samspil.importing.file;

/** What kind of network meeting it was ({@code network_meeting.meeting_type}). */
public enum MeetingType {
    INITIAL,
    FOLLOW_UP,
    CRISIS
}
