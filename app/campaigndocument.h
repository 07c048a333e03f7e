// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "jsontreemodel.h"
#include "weeklyschedule.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <memory>

// A campaign as loaded from the service or from a file: the exact bytes, the parsed JSON, and
// everything derived from it once per load (name, id, calling hours and their findings), so
// that the window never recomputes it while painting.
struct CampaignDocument
{
    QByteArray raw;          // exactly what was received or read
    QJsonDocument json;      // the whole response, or the bare campaign object
    QJsonObject campaign;    // `data` of a response, or the bare object
    QString name;
    QString id;              // `_id`, or `id` where the service used that
    QString source;          // the URL or file it came from, for the title and status bar
    WeeklySchedule schedule; // parsed and checked
    // Where raw's keys and containers are, made on the loader's thread so that showing the
    // tree in document order reads no bytes on the UI thread; null if not made.
    std::shared_ptr<const JsonTreeModel::RawIndex> rawIndex;

    bool isEmpty() const { return json.isNull(); }
};
