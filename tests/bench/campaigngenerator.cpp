// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "campaigngenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace {

QJsonArray contactListNames(int count)
{
    QJsonArray names;
    for (int i = 0; i < count; ++i)
        names.append(CampaignGenerator::contactListName(i));
    return names;
}

} // namespace

QByteArray CampaignGenerator::generate(const QString &samplePath, int contactLists,
                                       QString *error)
{
    QFile file(samplePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(samplePath, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument sample = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!sample.isObject() || !sample.object().value(u"data").isObject()) {
        *error = QStringLiteral("%1 is not a campaign response: %2")
                     .arg(samplePath, parseError.errorString());
        return {};
    }

    QJsonObject response = sample.object();
    QJsonObject campaign = response.value(u"data").toObject();
    campaign.insert(u"contactLists", contactListNames(contactLists));
    response.insert(u"data", campaign);
    return QJsonDocument(response).toJson(QJsonDocument::Indented);
}

QString CampaignGenerator::contactListName(int index)
{
    // Real list names mix clinics, regions and batch numbers; the mix keeps lengths uneven.
    static const std::array<QString, 5> sites = {
        QStringLiteral("Clinic Appointments"), QStringLiteral("Dental Recall"),
        QStringLiteral("Flu Vaccination Reminders"), QStringLiteral("Lab Results Follow-up"),
        QStringLiteral("Physiotherapy Rebooking")};
    static const std::array<QString, 4> regions = {
        QStringLiteral("North"), QStringLiteral("South East"), QStringLiteral("West"),
        QStringLiteral("Central Metro")};
    const QString &site = sites.at(std::size_t(index) % sites.size());
    const QString &region = regions.at(std::size_t(index / 5) % regions.size());
    return QStringLiteral("%1 - %2 - Week %3 - Batch %4")
        .arg(site, region)
        .arg(index % 52 + 1)
        .arg(index, 6, 10, QLatin1Char('0'));
}
