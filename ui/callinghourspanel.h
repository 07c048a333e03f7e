// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "schedulechecker.h"
#include "weeklyschedule.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class CallingHoursGrid;
class QTimeEdit;
class QDateEdit;
class QLabel;
class QToolButton;
class QTreeWidget;
class ZonePicker;

// The calling-hours side of the window: the weekly grid with its zone and week controls, the
// "may it call now" line, the findings list, and export of the grid as PNG, CSV or text.
// The projection is computed here, once per change of schedule, zone or week, and handed to
// the grid; the exports work on that same projection so they match what is drawn.
class CallingHoursPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save; an empty answer cancels. Replaceable so tests need no dialog.
    using SavePathChooser = std::function<QString(
        const QString &caption, const QString &suggestedName, const QString &filter)>;
    using Clock = std::function<QDateTime()>;

    explicit CallingHoursPanel(QWidget *parent = nullptr);
    ~CallingHoursPanel() override;

    // Shows a schedule in its own zone, in the week that contains today.
    void setSchedule(const WeeklySchedule &schedule);
    void clear();

    void setShownZone(const QTimeZone &zone);
    QTimeZone shownZone() const;
    void setWeek(QDate anyDayInWeek);
    QDate firstDayShown() const;

    const WeekProjection &projection() const;
    CallingHoursGrid *grid() const;
    ZonePicker *zonePicker() const { return m_zonePicker; }
    QTreeWidget *findingsList() const { return m_findings; }

    QString zoneText() const;
    QString statusText() const;

    // Each returns an empty string on success, else what failed and why; an existing file is
    // left untouched on failure.
    QString exportPng(const QString &path) const;
    QString exportCsv(const QString &path) const;
    QString plainText() const;
    void copyAsText() const;

    // The hours outside which a window is flagged, in the campaign's zone (a user setting).
    void setCallingBounds(const ScheduleChecker::Bounds &bounds);
    ScheduleChecker::Bounds callingBounds() const { return m_bounds; }

    void setSavePathChooser(const SavePathChooser &chooser);
    void setClock(const Clock &clock);

public Q_SLOTS:
    void showPreviousWeek();
    void showNextWeek();
    void showThisWeek();
    void refreshStatus();

Q_SIGNALS:
    void projectionChanged();
    void exportFinished(const QString &path, const QString &error);
    void callingBoundsChanged();

private:
    void setupWidgets();
    void setupResultWidgets();
    void setupLayout();
    void setupConnections();
    QWidget *createBoundsRow();
    void applyBoundsFromEditors();
    QWidget *createControlsRow();
    QWidget *createStatusRow();

    void showSchedule(const WeeklySchedule &schedule, bool campaignLoaded);
    void recompute();
    void updateZoneText();
    QString campaignClockText() const;
    QString shownZoneText() const;
    void updateWeekControls();
    void updateFindings();
    void addFinding(const Finding &finding, const QString &text, const QString &where);
    QString frequencyText() const;
    QString describeStatus(const CallingStatus &status, const QDateTime &now) const;
    QString unknownStatusText() const;
    QDate today() const;
    QDate weekStartOf(QDate day) const;
    void chooseAndExport(const QString &caption, const QString &suggestedName,
                         const QString &filter,
                         QString (CallingHoursPanel::*exporter)(const QString &) const);

    WeeklySchedule m_schedule;
    ScheduleChecker::Bounds m_bounds;
    QTimeEdit *m_earliestEdit = nullptr;
    QTimeEdit *m_latestEdit = nullptr;
    bool m_campaignLoaded = false;
    WeekProjection m_projection;
    QTimeZone m_shownZone;
    QDate m_firstDay;
    Clock m_clock;
    SavePathChooser m_savePathChooser;
    QTimer m_minuteTimer;

    QLabel *m_zoneLabel = nullptr;
    QLabel *m_frequencyLabel = nullptr;
    ZonePicker *m_zonePicker = nullptr;
    QToolButton *m_previousWeekButton = nullptr;
    QToolButton *m_thisWeekButton = nullptr;
    QToolButton *m_nextWeekButton = nullptr;
    QDateEdit *m_weekEdit = nullptr;
    CallingHoursGrid *m_grid = nullptr;
    QLabel *m_statusLabel = nullptr;
    QToolButton *m_exportPngButton = nullptr;
    QToolButton *m_exportCsvButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QTreeWidget *m_findings = nullptr;
};
