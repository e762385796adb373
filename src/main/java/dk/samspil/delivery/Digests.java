package dk.samspil.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

import dk.samspil.base.ServerTask;
import dk.samspil.base.period.Period;
import dk.samspil.casework.CaseCounts;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.OverviewStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.Tile;
import dk.samspil.dashboard.TileIndicator;
import dk.samspil.importing.ImportCompleted;
import dk.samspil.mail.MailContent;
import dk.samspil.mail.MailKind;
import dk.samspil.mail.MailLayout;
import dk.samspil.mail.MailLink;
import dk.samspil.mail.Postman;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.CommandLineReader;
import dk.samspil.security.Role;
import dk.samspil.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The digests after a monthly import run: once the imports have been quiet for
 * {@code samspil.digests.quiet-for} (a run of several files gives one digest), each municipal lead gets
 * their municipality's digest and the steering group the programme's — counts and links into Samspil,
 * never a case. Each user's unsubscribe preference is the mail core's ({@link Postman#sendToUser}).
 * Once per municipality and data month (sent_notice): a later correction of the same month sends none.
 * The instance that ran the import sends; one that stops within the quiet period sends nothing.
 */
@Component
@ServerTask
@ConditionalOnBooleanProperty(name = "samspil.digests.enabled", matchIfMissing = true)
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final OverviewStatistics overview;
    private final CaseCounts cases;
    private final DeliveryStatus deliveries;
    private final Municipalities municipalities;
    private final UserAccounts users;
    private final Postman postman;
    private final SentNotices notices;
    private final MailLayout layout;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Duration quietFor;
    private YearMonth pending;
    private ScheduledFuture<?> waiting;

    Digests(OverviewStatistics overview, CaseCounts cases, DeliveryStatus deliveries, Municipalities municipalities,
            UserAccounts users, Postman postman, SentNotices notices, MailLayout layout, TaskScheduler scheduler,
            Clock clock, @Value("${samspil.digests.quiet-for:PT30M}") Duration quietFor) {
        this.overview = overview;
        this.cases = cases;
        this.deliveries = deliveries;
        this.municipalities = municipalities;
        this.users = users;
        this.postman = postman;
        this.notices = notices;
        this.layout = layout;
        this.scheduler = scheduler;
        this.clock = clock;
        this.quietFor = quietFor;
    }

    /** After an import has committed: (re)starts the quiet period; the run's newest month is the digest's. */
    @TransactionalEventListener(fallbackExecution = true)
    synchronized void importCompleted(ImportCompleted event) {
        pending = pending == null || event.to().isAfter(pending) ? event.to() : pending;
        if (waiting != null) {
            waiting.cancel(false);
        }
        waiting = scheduler.schedule(this::quiet, clock.instant().plus(quietFor));
    }

    private void quiet() {
        YearMonth month;
        synchronized (this) {
            month = pending;
            pending = null;
            waiting = null;
        }
        if (month != null) {
            try {
                send(month);
            } catch (RuntimeException e) {
                // the claims of what failed rolled back: a later run of the same month sends them
                log.error("The digests of {} could not all be sent", month, e);
            }
        }
    }

    /** Sends the digests of {@code month} that are not sent yet; how many mails went. */
    int send(YearMonth month) {
        return CommandLineReader.asSteeringGroup(() -> {
            LocalDate today = LocalDate.now(clock);
            Map<Integer, Long> missing = new java.util.HashMap<>();
            deliveries.rows(month).forEach(row -> missing.put(row.municipality().code(), (long) row.missing().size()));
            int mails = 0;
            long overdueInAll = 0;
            long actionsInAll = 0;
            for (Municipality municipality : municipalities.all()) {
                long overdue = cases.overdueFollowUps(municipality.code(), today);
                long actions = actionsDue(municipality.code(), today);
                overdueInAll += overdue;
                actionsInAll += actions;
                List<Long> leads = users.enabledIds(Role.MUNICIPAL_LEAD, municipality.code());
                if (leads.isEmpty()) {
                    continue;
                }
                DigestFigures figures = new DigestFigures(municipality.name(),
                        newSignals(Scope.municipality(municipality.code()), month), overdue, actions,
                        missing.getOrDefault(municipality.code(), 0L));
                int[] sent = {0};
                notices.once(SentNotices.Kind.MUNICIPAL_DIGEST, String.valueOf(municipality.code()), month, () -> {
                    sent[0] = toEach(leads, MailKind.MUNICIPALITY_DIGEST, month, figures, false);
                    return sent[0];
                });
                mails += sent[0];
            }
            DigestFigures programme = new DigestFigures(null, newSignals(Scope.programme(), month), overdueInAll,
                    actionsInAll, missing.values().stream().mapToLong(Long::longValue).sum());
            List<Long> steering = users.enabledIds(Role.STEERING, null);
            int[] sent = {0};
            notices.once(SentNotices.Kind.PROGRAMME_DIGEST, SentNotices.PROGRAMME, month, () -> {
                sent[0] = toEach(steering, MailKind.PROGRAMME_DIGEST, month, programme, true);
                return sent[0];
            });
            log.info("Digests of {}: {} mail(s) sent", month, mails + sent[0]);
            return mails + sent[0];
        });
    }

    private int toEach(List<Long> userIds, MailKind kind, YearMonth month, DigestFigures figures, boolean programme) {
        int sent = 0;
        for (long userId : userIds) {
            if (postman.sendToUser(userId, kind, words -> content(new NoticeText(words.language()), month, figures,
                    programme))) {
                sent++;
            }
        }
        return sent;
    }

    private long actionsDue(int municipalityCode, LocalDate today) {
        return cases.agreedActionsDue(municipalityCode, today, today.plusDays(30)).entrySet().stream()
                .filter(e -> Set.of("AGREED", "IN_PROGRESS").contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** The indicators that signal a shift up to {@code month} and did not a month before. */
    private List<TileIndicator> newSignals(Scope scope, YearMonth month) {
        Set<TileIndicator> before = signalling(scope, Period.between(month.minusMonths(24), month.minusMonths(1)));
        return overview.tiles(scope, Period.between(month.minusMonths(23), month)).stream()
                .filter(tile -> tile.shiftSince().isPresent()).map(Tile::indicator)
                .filter(indicator -> !before.contains(indicator)).toList();
    }

    private Set<TileIndicator> signalling(Scope scope, Period period) {
        return Set.copyOf(overview.tiles(scope, period).stream().filter(tile -> tile.shiftSince().isPresent())
                .map(Tile::indicator).toList());
    }

    private MailContent content(NoticeText text, YearMonth month, DigestFigures figures, boolean programme) {
        String monthName = text.month(month);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(programme ? text.text("digest.programme.intro", monthName)
                : text.text("digest.municipality.intro", figures.scopeName(), monthName));
        paragraphs.add(figures.newSignals().isEmpty() ? text.text("digest.signals.none")
                : text.text("digest.signals", figures.newSignals().size(), String.join(", ", figures.newSignals().stream()
                        .map(i -> IndicatorCatalogue.of(i).shortName().in(text.language().locale())).toList())));
        paragraphs.add(text.text("digest.overdue", figures.overdueFollowUps()));
        paragraphs.add(text.text("digest.actions", figures.actionsDue()));
        if (programme) {
            paragraphs.add(text.text("digest.missing", figures.missingFiles(), monthName));
        }
        List<MailLink> links = new ArrayList<>();
        links.add(new MailLink(text.text("digest.link.overview"), layout.link("/overview")));
        if (!programme) {
            links.add(new MailLink(text.text("digest.link.cases"), layout.link("/cases")));
        }
        String subject = programme ? text.text("digest.programme.subject", monthName)
                : text.text("digest.municipality.subject", figures.scopeName(), monthName);
        return new MailContent(subject, subject, paragraphs, links);
    }
}
