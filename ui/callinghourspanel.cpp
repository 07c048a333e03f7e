// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "callinghourspanel.h"

#include "callinghoursgrid.h"
#include "campaignexporter.h"
#include "findingdelegate.h"
#include "logging.h"
#include "scheduleformatter.h"
#include "scheduleprojection.h"
#include "zonepicker.h"

#include <QBuffer>
#include <QClipboard>
#include <QDateEdit>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "UTC-5", "UTC+5:30", "UTC+5:45", "UTC+0".
QString offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    QString text = QStringLiteral("UTC") + (offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QString::number(minutes / 60);
    if (minutes % 60)
        text += QLatin1Char(':') + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString abbreviationAndOffset(const QTimeZone &zone, const QDateTime &moment)
{
    return zone.abbreviation(moment) + QStringLiteral(", ")
        + offsetText(zone.offsetFromUtc(moment));
}

// 24:00 cannot be a QTime, so a bound at the end of the day shows as 23:59.
QTime timeOfMinute(int minute)
{
    return QTime(0, 0).addSecs(qMin(minute, 24 * 60 - 1) * 60);
}

// With its date, so it is never read as a day of some other week the grid may be showing.
QString shortDayAndTime(const QDateTime &moment)
{
    const QLocale locale;
    const QDate date = moment.date();
    return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QString::number(date.day()) + QLatin1Char(' ')
        + locale.monthName(date.month(), QLocale::ShortFormat) + QLatin1Char(' ')
        + CallingHoursGrid::timeText(moment.time());
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return CallingHoursPanel::tr("Info");
    case Severity::Warning:
        return CallingHoursPanel::tr("Warning");
    case Severity::Error:
        return CallingHoursPanel::tr("Error");
    }
    return QString();
}

QIcon severityIcon(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return QIcon();
}

} // namespace

CallingHoursPanel::CallingHoursPanel(QWidget *parent)
    : QWidget(parent)
    , m_shownZone(QTimeZone::utc())
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_savePathChooser([this](const QString &caption, const QString &name, const QString &filter) {
        return QFileDialog::getSaveFileName(this, caption, name, filter);
    })
{
    m_minuteTimer.setSingleShot(true);
    setupWidgets();
    setupLayout();
    setupConnections();
    clear();
}

CallingHoursPanel::~CallingHoursPanel() = default;

void CallingHoursPanel::setupWidgets()
{
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long zone sentences wrap rather than widen the whole window past the screen.
    m_zoneLabel->setWordWrap(true);
    QFont bold = m_zoneLabel->font();
    bold.setBold(true);
    m_zoneLabel->setFont(bold);
    m_frequencyLabel = new QLabel(this);
    m_zonePicker = new ZonePicker(this);

    m_previousWeekButton = new QToolButton(this);
    m_previousWeekButton->setArrowType(Qt::LeftArrow);
    m_previousWeekButton->setToolTip(tr("Show the previous week"));
    m_previousWeekButton->setAccessibleName(tr("Previous week"));
    m_thisWeekButton = new QToolButton(this);
    m_thisWeekButton->setText(tr("This week"));
    m_nextWeekButton = new QToolButton(this);
    m_nextWeekButton->setArrowType(Qt::RightArrow);
    m_nextWeekButton->setToolTip(tr("Show the next week"));
    m_nextWeekButton->setAccessibleName(tr("Next week"));
    m_weekEdit = new QDateEdit(this);
    m_weekEdit->setCalendarPopup(true);
    m_weekEdit->setToolTip(tr("Pick any day to show the week that contains it"));
    m_weekEdit->setAccessibleName(tr("Week shown"));
    setupResultWidgets();
}

void CallingHoursPanel::setupResultWidgets()
{
    m_grid = new CallingHoursGrid(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setWordWrap(true);
    m_exportPngButton = new QToolButton(this);
    m_exportPngButton->setText(tr("Export PNG\u2026"));
    m_exportPngButton->setToolTip(tr("Save the grid as a PNG image"));
    m_exportCsvButton = new QToolButton(this);
    m_exportCsvButton->setText(tr("Export CSV\u2026"));
    m_exportCsvButton->setToolTip(tr("Save the windows of the shown week as CSV"));
    m_copyButton = new QToolButton(this);
    m_copyButton->setText(tr("Copy as text"));
    m_copyButton->setToolTip(tr("Copy the windows and findings to the clipboard"));

    m_findings = new QTreeWidget(this);
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setItemDelegate(new FindingDelegate(m_findings));
    m_findings->setAccessibleName(tr("Schedule findings"));
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
}

QWidget *CallingHoursPanel::createControlsRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *zoneCaption = new QLabel(tr("Show in:"), row);
    zoneCaption->setBuddy(m_zonePicker);
    layout->addWidget(zoneCaption);
    layout->addWidget(m_zonePicker, 1);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_previousWeekButton);
    layout->addWidget(m_thisWeekButton);
    layout->addWidget(m_nextWeekButton);
    layout->addWidget(m_weekEdit);
    return row;
}

QWidget *CallingHoursPanel::createStatusRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_exportPngButton);
    layout->addWidget(m_exportCsvButton);
    layout->addWidget(m_copyButton);
    return row;
}

void CallingHoursPanel::setupLayout()
{
    auto *header = new QHBoxLayout;
    header->addWidget(m_zoneLabel, 1);
    header->addWidget(m_frequencyLabel);

    // The grid takes what the findings do not need; the user can move the line between them.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(createBoundsRow());
    findingsLayout->addWidget(m_findings, 1);
    splitter->addWidget(m_grid);
    splitter->addWidget(findingsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(createControlsRow());
    layout->addWidget(createStatusRow());
    layout->addWidget(splitter, 1);
}

QWidget *CallingHoursPanel::createBoundsRow()
{
    auto *row = new QWidget(this);
    m_earliestEdit = new QTimeEdit(timeOfMinute(m_bounds.earliestMinute), row);
    m_latestEdit = new QTimeEdit(timeOfMinute(m_bounds.latestMinute), row);
    for (QTimeEdit *edit : {m_earliestEdit, m_latestEdit}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        edit->setToolTip(tr("Windows that start before the first time or end after the second, "
                            "in the campaign's zone, are flagged as a warning."));
    }
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Flag calls outside"), row);
    label->setBuddy(m_earliestEdit);
    layout->addWidget(label);
    layout->addWidget(m_earliestEdit);
    layout->addWidget(new QLabel(tr("to"), row));
    layout->addWidget(m_latestEdit);
    layout->addWidget(new QLabel(tr("in the campaign's zone"), row));
    layout->addStretch(1);
    return row;
}

void CallingHoursPanel::setupConnections()
{
    connect(m_earliestEdit, &QTimeEdit::timeChanged, this,
            &CallingHoursPanel::applyBoundsFromEditors);
    connect(m_latestEdit, &QTimeEdit::timeChanged, this,
            &CallingHoursPanel::applyBoundsFromEditors);
    connect(m_zonePicker, &ZonePicker::zoneChosen, this, &CallingHoursPanel::setShownZone);
    connect(m_previousWeekButton, &QToolButton::clicked, this,
            &CallingHoursPanel::showPreviousWeek);
    connect(m_thisWeekButton, &QToolButton::clicked, this, &CallingHoursPanel::showThisWeek);
    connect(m_nextWeekButton, &QToolButton::clicked, this, &CallingHoursPanel::showNextWeek);
    connect(m_weekEdit, &QDateEdit::dateChanged, this, &CallingHoursPanel::setWeek);
    connect(&m_minuteTimer, &QTimer::timeout, this, &CallingHoursPanel::refreshStatus);

    connect(m_exportPngButton, &QToolButton::clicked, this, [this] {
        const QString name = tr("calling-hours-%1.png").arg(m_firstDay.toString(Qt::ISODate));
        chooseAndExport(tr("Export Grid as PNG"), name, tr("PNG images (*.png)"),
                        &CallingHoursPanel::exportPng);
    });
    connect(m_exportCsvButton, &QToolButton::clicked, this, [this] {
        const QString name = tr("calling-hours-%1.csv").arg(m_firstDay.toString(Qt::ISODate));
        chooseAndExport(tr("Export Windows as CSV"), name, tr("CSV files (*.csv)"),
                        &CallingHoursPanel::exportCsv);
    });
    connect(m_copyButton, &QToolButton::clicked, this, &CallingHoursPanel::copyAsText);

    // The tree keeps row heights from the last layout; wrapped findings need new ones whenever
    // the column they wrap in changes width.
    connect(m_findings->header(), &QHeaderView::sectionResized, m_findings,
            [this](int column) {
                if (column == 1)
                    m_findings->doItemsLayout();
            });
}

void CallingHoursPanel::setSchedule(const WeeklySchedule &schedule)
{
    showSchedule(schedule, true);
}

void CallingHoursPanel::clear()
{
    showSchedule(WeeklySchedule(), false);
}

// An empty range would flag every window, so such a pair is not applied.
void CallingHoursPanel::applyBoundsFromEditors()
{
    const QTime earliest = m_earliestEdit->time();
    const QTime latest = m_latestEdit->time();
    if (earliest >= latest)
        return;
    setCallingBounds({earliest.msecsSinceStartOfDay() / 60'000,
                      latest.msecsSinceStartOfDay() / 60'000});
}

void CallingHoursPanel::setCallingBounds(const ScheduleChecker::Bounds &bounds)
{
    if (bounds == m_bounds)
        return;
    m_bounds = bounds;
    const QSignalBlocker blockEarliest(m_earliestEdit);
    const QSignalBlocker blockLatest(m_latestEdit);
    m_earliestEdit->setTime(timeOfMinute(bounds.earliestMinute));
    m_latestEdit->setTime(timeOfMinute(bounds.latestMinute));
    if (m_schedule.present) {
        m_schedule = ScheduleChecker::withBounds(m_schedule, m_bounds);
        updateFindings();
    }
    Q_EMIT callingBoundsChanged();
}

void CallingHoursPanel::showSchedule(const WeeklySchedule &schedule, bool campaignLoaded)
{
    m_campaignLoaded = campaignLoaded;
    // Schedules arrive checked with the default bounds; other bounds need the checks again.
    m_schedule = m_bounds == ScheduleChecker::Bounds()
        ? schedule
        : ScheduleChecker::withBounds(schedule, m_bounds);
    m_shownZone = schedule.timeZone();
    m_zonePicker->setCampaignZone(m_shownZone, schedule.timeZoneId, schedule.timeZoneKnown);
    m_zonePicker->selectCampaignZone();
    // An unknown zone cannot be converted, and without calling hours there is nothing to show.
    m_zonePicker->setConvertible(!schedule.present || schedule.timeZoneKnown);
    m_zonePicker->setEnabled(schedule.present && schedule.timeZoneKnown);
    m_firstDay = weekStartOf(today());
    m_frequencyLabel->setText(frequencyText());
    recompute();
}

void CallingHoursPanel::setShownZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_shownZone)
        return;
    m_shownZone = zone;
    if (zone == m_schedule.timeZone())
        m_zonePicker->selectCampaignZone();
    else
        m_zonePicker->selectZone(zone);
    recompute();
}

QTimeZone CallingHoursPanel::shownZone() const
{
    return m_shownZone;
}

void CallingHoursPanel::setWeek(QDate anyDayInWeek)
{
    const QDate firstDay = weekStartOf(anyDayInWeek);
    if (!firstDay.isValid() || firstDay == m_firstDay)
        return;
    m_firstDay = firstDay;
    recompute();
}

QDate CallingHoursPanel::firstDayShown() const
{
    return m_projection.firstDay;
}

const WeekProjection &CallingHoursPanel::projection() const
{
    return m_projection;
}

CallingHoursGrid *CallingHoursPanel::grid() const
{
    return m_grid;
}

void CallingHoursPanel::showPreviousWeek()
{
    setWeek(m_firstDay.addDays(-7));
}

void CallingHoursPanel::showNextWeek()
{
    setWeek(m_firstDay.addDays(7));
}

void CallingHoursPanel::showThisWeek()
{
    setWeek(today());
}

void CallingHoursPanel::setSavePathChooser(const SavePathChooser &chooser)
{
    m_savePathChooser = chooser;
}

void CallingHoursPanel::setClock(const Clock &clock)
{
    m_clock = clock;
    refreshStatus();
}

QDate CallingHoursPanel::today() const
{
    return m_clock().toTimeZone(m_shownZone).date();
}

QDate CallingHoursPanel::weekStartOf(QDate day) const
{
    if (!day.isValid())
        return QDate();
    const int firstDayOfWeek = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - firstDayOfWeek + 7) % 7));
}

void CallingHoursPanel::recompute()
{
    m_projection = ScheduleProjection::project(m_schedule, m_shownZone, m_firstDay,
                                               QLocale().firstDayOfWeek());
    qCDebug(lcUi) << "Projected calling hours into" << m_shownZone.id() << "week of"
                  << m_projection.firstDay << "with" << m_projection.segments.size() << "segments";
    m_grid->setProjection(m_projection, m_schedule);
    updateZoneText();
    updateFindings();
    updateWeekControls();
    refreshStatus();
    Q_EMIT projectionChanged();
}

void CallingHoursPanel::updateWeekControls()
{
    const QSignalBlocker blocker(m_weekEdit);
    m_weekEdit->setDate(m_firstDay);
    m_thisWeekButton->setEnabled(weekStartOf(today()) != m_firstDay);
    const bool hasWindows = !m_projection.segments.isEmpty();
    m_exportPngButton->setEnabled(m_schedule.present);
    m_exportCsvButton->setEnabled(hasWindows);
    m_copyButton->setEnabled(m_schedule.present);
}

QString CallingHoursPanel::frequencyText() const
{
    if (!m_schedule.present)
        return QString();
    if (m_schedule.frequency.isEmpty())
        return tr("Frequency: not given");
    return tr("Frequency: %1").arg(m_schedule.frequency);
}

QString CallingHoursPanel::zoneText() const
{
    return m_zoneLabel->text();
}

void CallingHoursPanel::updateZoneText()
{
    if (!m_campaignLoaded) {
        m_zoneLabel->setText(tr("No campaign is loaded. Open one with File \u203a Open Sample "
                                "Campaign or with Fetch."));
        return;
    }
    if (!m_schedule.present) {
        m_zoneLabel->setText(tr("This campaign has no calling hours."));
        return;
    }
    if (m_projection.campaignClockOnly) {
        m_zoneLabel->setText(campaignClockText());
        return;
    }
    m_zoneLabel->setText(shownZoneText());
}

QString CallingHoursPanel::campaignClockText() const
{
    if (m_projection.clockName.isEmpty()) {
        return tr("No time zone given: times are shown in the campaign's own clock and cannot "
                  "be converted to another zone.");
    }
    return tr("Unknown zone '%1': times are shown in the campaign's own clock and cannot be "
              "converted to another zone.")
        .arg(m_projection.clockName);
}

QString CallingHoursPanel::shownZoneText() const
{
    // Name the offset at the start of the week, and the change to it if DST moves within it.
    const QDateTime weekStart(m_firstDay, QTime(0, 0), m_shownZone);
    const QDateTime weekEnd(m_firstDay.addDays(7), QTime(0, 0), m_shownZone);
    QString details = abbreviationAndOffset(m_shownZone, weekStart);
    const QTimeZone::OffsetData change = m_shownZone.nextTransition(weekStart);
    if (change.atUtc.isValid() && change.atUtc < weekEnd) {
        const QDateTime local = change.atUtc.toTimeZone(m_shownZone);
        details
            = tr("%1; %2 from %3")
                  .arg(details, abbreviationAndOffset(m_shownZone, local), shortDayAndTime(local));
    }
    const QString zoneId = QString::fromUtf8(m_shownZone.id());
    if (m_shownZone == m_schedule.timeZone())
        return tr("Campaign zone: %1 (%2)").arg(zoneId, details);
    return tr("Shown in %1 (%2); campaign zone: %3").arg(zoneId, details, m_schedule.timeZoneId);
}

void CallingHoursPanel::updateFindings()
{
    m_findings->clear();
    for (const Finding &finding : m_schedule.findings) {
        const QString where = finding.entryIndex >= 0
            ? tr("About entry callingHours.days[%1]").arg(finding.entryIndex)
            : tr("About the schedule as a whole");
        addFinding(finding, finding.message, where);
    }

    // These hold for the shown week only, so they say so and change with the week.
    const QString week = m_projection.firstDay.toString(Qt::ISODate);
    for (const Finding &finding : m_projection.findings) {
        const QString where = finding.entryIndex >= 0
            ? tr("About the week of %1 only, entry callingHours.days[%2]")
                  .arg(week)
                  .arg(finding.entryIndex)
            : tr("About the week of %1 only").arg(week);
        addFinding(finding, tr("In the week shown: %1").arg(finding.message), where);
    }

    if (m_schedule.present && m_schedule.findings.isEmpty() && m_projection.findings.isEmpty())
        new QTreeWidgetItem(m_findings, {QString(), tr("No findings: the schedule looks sound.")});
}

void CallingHoursPanel::addFinding(const Finding &finding, const QString &text,
                                   const QString &where)
{
    auto *item = new QTreeWidgetItem(m_findings);
    item->setIcon(0, severityIcon(style(), finding.severity));
    item->setText(0, severityText(finding.severity));
    item->setText(1, text);
    item->setData(0, Qt::UserRole, finding.entryIndex);
    // The whole sentence, whatever room the column leaves for it.
    const QString toolTip = text + QLatin1Char('\n') + where;
    item->setToolTip(0, toolTip);
    item->setToolTip(1, toolTip);
}

QString CallingHoursPanel::statusText() const
{
    return m_statusLabel->text();
}

QString CallingHoursPanel::describeStatus(const CallingStatus &status, const QDateTime &now) const
{
    if (!status.known)
        return unknownStatusText();

    const QDateTime change = status.changesAt.toTimeZone(m_shownZone);
    const QDateTime localNow = now.toTimeZone(m_shownZone);
    if (status.open && !change.isValid())
        return tr("Calling is allowed now, around the clock.");
    if (!status.open && !change.isValid())
        return tr("Calling is not allowed now, and no window opens in the next 8 days.");

    if (!status.open)
        return tr("Calling is not allowed now; next window opens %1").arg(shortDayAndTime(change));

    // Closing today needs no day name; closing after midnight does.
    const QString when = change.date() == localNow.date()
        ? CallingHoursGrid::timeText(change.time())
        : shortDayAndTime(change);
    const int minutes = int((localNow.secsTo(change) + 59) / 60);
    return tr("Calling is allowed now, until %1 (in %2)")
        .arg(when, CallingHoursGrid::durationText(minutes));
}

QString CallingHoursPanel::unknownStatusText() const
{
    if (m_schedule.timeZoneId.isEmpty()) {
        return tr("Whether calling is allowed now cannot be told: the calling hours name no "
                  "time zone.");
    }
    return tr("Whether calling is allowed now cannot be told: the campaign's time zone '%1' is "
              "unknown.")
        .arg(m_schedule.timeZoneId);
}

void CallingHoursPanel::refreshStatus()
{
    const QDateTime now = m_clock();
    m_grid->setNow(now);
    if (!m_schedule.present)
        m_statusLabel->clear();
    else if (m_schedule.windows.isEmpty())
        m_statusLabel->setText(tr("Calling is never allowed: the schedule has no windows."));
    else
        m_statusLabel->setText(describeStatus(ScheduleProjection::statusAt(m_schedule, now), now));

    // Wake at the next whole minute, so the line and the "now" marker move with the clock.
    const QDateTime wallNow = QDateTime::currentDateTime();
    m_minuteTimer.start(60'000 - wallNow.time().second() * 1000 - wallNow.time().msec() + 50);
}

QString CallingHoursPanel::exportPng(const QString &path) const
{
    // A target that cannot be written is refused before the grid is rendered.
    const QString problem = CampaignExporter::targetProblem(path);
    if (!problem.isEmpty())
        return problem;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!m_grid->grab().save(&buffer, "PNG"))
        return tr("Could not render the calling-hours grid as a PNG image.");
    return CampaignExporter::writeFile(path, bytes);
}

QString CallingHoursPanel::exportCsv(const QString &path) const
{
    const QString csv
        = ScheduleFormatter::toCsv(m_projection, ScheduleFormatter::CsvHeader::Include);
    return CampaignExporter::writeFile(path, csv.toUtf8());
}

QString CallingHoursPanel::plainText() const
{
    return ScheduleFormatter::toText(m_schedule, m_projection);
}

void CallingHoursPanel::copyAsText() const
{
    QGuiApplication::clipboard()->setText(plainText());
}

void CallingHoursPanel::chooseAndExport(const QString &caption, const QString &suggestedName,
                                        const QString &filter,
                                        QString (CallingHoursPanel::*exporter)(const QString &)
                                            const)
{
    const QString path = m_savePathChooser(caption, suggestedName, filter);
    if (path.isEmpty())
        return;

    const QString error = (this->*exporter)(path);
    Q_EMIT exportFinished(path, error);
    if (error.isEmpty())
        return;
    // Not modal-blocking, so the window (and a test) keeps running while it is shown.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
