// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// Makes a realistic large campaign response: a real sample response whose `contactLists`
// holds a few hundred thousand list names, written indented as the service and exports do.
// The output depends only on the sample and the count, so every run measures the same bytes.
class CampaignGenerator
{
public:
    static constexpr int defaultContactLists = 300'000;

    // The response bytes, or an empty array with *error set when the sample cannot be used.
    static QByteArray generate(const QString &samplePath, int contactLists, QString *error);

    // The name of list number `index`; names vary in length like real ones do.
    static QString contactListName(int index);
};
