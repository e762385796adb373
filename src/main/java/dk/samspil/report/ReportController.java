package dk.samspil.report;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import dk.samspil.base.i18n.UiLanguage;
import dk.samspil.dashboard.Scope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /report?quarter=2026-Q3[&municipality=461][&lang=en]}: the quarterly report as a
 * download. Behind the sign-in like every page; the report's service refuses what the reader's
 * dashboards would refuse (professionals, another municipality's report for a lead), which the
 * security filters answer with 403. The language is the one chosen in the app unless given.
 */
@Controller
class ReportController {

    private final QuarterlyReports reports;
    private final Clock clock;

    ReportController(QuarterlyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/report")
    void report(@RequestParam String quarter, @RequestParam Optional<Integer> municipality,
                @RequestParam Optional<String> lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Quarter> chosen = Quarter.parse(quarter).filter(q -> !q.firstMonth().isAfter(YearMonth.now(clock)));
        if (chosen.isEmpty() || municipality.filter(code -> code <= 0).isPresent()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "quarter=2026-Q3, of a quarter begun");
            return;
        }
        Scope scope = municipality.map(Scope::municipality).orElse(Scope.programme());
        UiLanguage language = lang.map(tag -> "en".equals(tag) ? UiLanguage.ENGLISH : UiLanguage.DANISH)
                .orElseGet(() -> UiLanguage.fromCookies(request.getCookies()));
        // made before anything is sent, so a refusal is still a clean 403 and not half a file
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        reports.write(chosen.get(), scope, language.locale(), pdf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + QuarterlyReports.fileName(chosen.get(), scope) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
