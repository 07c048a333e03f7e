// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "clocktime.h"

namespace {

constexpr int minutesPerHour = 60;
constexpr int halfDayMinutes = 12 * minutesPerHour;

} // namespace

std::optional<int> ClockTime::parseMinutes(const QString &text)
{
    // Whitespace is allowed around the text and before the marker, never inside the digits or
    // the marker, so "9 :00 AM" and "9:00 A M" stay findings.
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;

    const QStringView hourText = QStringView(trimmed).left(colon);
    const QStringView rest = QStringView(trimmed).mid(colon + 1);
    if (rest.size() < 2)
        return std::nullopt;

    const std::optional<int> hour = parseDigits(hourText);
    const std::optional<int> minute = parseDigits(rest.left(2));
    const std::optional<int> pmOffset = parseMarker(rest.mid(2).trimmed());
    if (!hour || !minute || !pmOffset || hourText.size() > 2)
        return std::nullopt;
    if (*hour < 1 || *hour > 12 || *minute > 59)
        return std::nullopt;

    return (*hour % 12) * minutesPerHour + *minute + *pmOffset;
}

QString ClockTime::format24(int minutes)
{
    const int hours = minutes / minutesPerHour;
    const int rest = minutes % minutesPerHour;
    return QStringLiteral("%1:%2")
        .arg(hours, 2, 10, QLatin1Char('0'))
        .arg(rest, 2, 10, QLatin1Char('0'));
}

// Returns what the marker adds to the hour: 0 for AM, twelve hours for PM.
std::optional<int> ClockTime::parseMarker(QStringView marker)
{
    QString letters = marker.toString().toLower();
    if (letters == QLatin1String("a.m.") || letters == QLatin1String("p.m."))
        letters.remove(QLatin1Char('.'));
    if (letters == QLatin1String("am"))
        return 0;
    if (letters == QLatin1String("pm"))
        return halfDayMinutes;
    return std::nullopt;
}

// Only ASCII digits: QChar::isDigit() would also take Arabic-Indic or full-width digits.
std::optional<int> ClockTime::parseDigits(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    int value = 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}
