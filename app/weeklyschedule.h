// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// The value types that describe a campaign's calling hours: what the campaign says (in its own
// clock), what is wrong with it, and how it falls on a concrete week in some time zone.

enum class Severity { Info, Warning, Error };

struct Finding
{
    Severity severity = Severity::Info;
    QString message;    // one plain, translated sentence
    int entryIndex = -1; // index into callingHours.days, or -1 for the schedule as a whole

    friend bool operator==(const Finding &, const Finding &) = default;
};

// One calling window in the campaign's own clock. A window whose end is earlier than its start
// runs overnight, so the duration may reach past midnight into the next day.
struct CallingWindow
{
    Qt::DayOfWeek day = Qt::Monday;
    int startMinute = 0;    // minutes after local midnight, 0..1439
    int durationMinutes = 0; // 1..1440
    int entryIndex = -1;     // index into callingHours.days

    int endMinute() const { return startMinute + durationMinutes; } // may exceed 1440
    bool isOvernight() const { return endMinute() > 24 * 60; }

    friend bool operator==(const CallingWindow &, const CallingWindow &) = default;
};

struct WeeklySchedule
{
    bool present = false;       // the campaign had a callingHours object at all
    QString frequency;          // as written: WEEKLY, DAILY, CUSTOM or anything else
    QString timeZoneId;         // as written, an IANA id
    bool timeZoneKnown = false; // the system knows timeZoneId
    QList<CallingWindow> windows;
    QList<Finding> findings;    // every finding, from parsing and from the checks
    QList<Finding> parserFindings; // those of reading the JSON alone, so checks can be rerun

    // The campaign's zone; UTC stands in when the id is unknown, and the UI says so.
    QTimeZone timeZone() const;
};

// One piece of a window drawn on the grid: always within a single day of the shown week.
struct ProjectedSegment
{
    int dayIndex = 0;     // 0..6 from the first day of the shown week
    QDate date;
    int startMinute = 0;  // wall-clock minutes in the shown zone, 0..1439
    int endMinute = 0;    // 1..1440; 1440 is the end of the day
    int windowIndex = -1; // index into WeeklySchedule::windows
    QDateTime start;      // exact instants, for tooltips
    QDateTime end;

    friend bool operator==(const ProjectedSegment &, const ProjectedSegment &) = default;
};

// A schedule laid on one concrete week in one zone; computed once per change, never per paint.
struct WeekProjection
{
    QTimeZone zone;
    QDate firstDay;                 // the first day shown
    QList<ProjectedSegment> segments; // ordered by start instant
    // Real minutes of calling, the union of the segments: time covered by several windows
    // (repeated or overlapping entries) counts once.
    QList<int> minutesPerDay;       // 7 entries
    int totalMinutes = 0;

    // The campaign's zone is unknown (or missing), so its times cannot be converted: the week is
    // laid on the campaign's own wall clock whatever zone was asked for, zone is only the UTC
    // stand-in that carries it, and clockName is the campaign's zone id as written.
    bool campaignClockOnly = false;
    QString clockName;

    // What is true of this week only, beside the schedule's own findings: a window whose whole
    // time a DST change skips on one of the week's dates never calls that day.
    QList<Finding> findings;
};

// Whether the campaign may call at a given moment, and when that changes next.
struct CallingStatus
{
    // False when the campaign's zone is unknown: "now" has no place on its clock, so whether
    // it may call cannot be said, and open and changesAt mean nothing.
    bool known = true;
    bool open = false;
    QDateTime changesAt; // when it closes if open, when it next opens if not; invalid if never
};
