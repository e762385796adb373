package dk.samspil.delivery;

import java.util.List;

import dk.samspil.dashboard.TileIndicator;

/**
 * What a digest says, as counts: the Overview's indicators whose run chart signals a shift that it did
 * not signal a month before, the active cases whose follow-up is overdue, the agreed actions due in the
 * next 30 days, and (the programme's digest) how many expected files are missing. Nothing case-level.
 */
record DigestFigures(String scopeName, List<TileIndicator> newSignals, long overdueFollowUps, long actionsDue,
                     long missingFiles) {
}
