package dk.samspil.base.chart;

/**
 * Told of every download of a chart's figures before the file is sent (the audit log). A chart's
 * figures are not sent when none is there, or when it fails.
 */
public interface FiguresDownloads {

    /**
     * @param fileName         the CSV's name, e.g. {@code meetings-per-month.csv}
     * @param filters          the page's query string: which figures they were (codes, never names of people)
     * @param municipalityCode the one municipality the page shows, if it shows one
     */
    void downloaded(String fileName, String filters, Integer municipalityCode);
}
