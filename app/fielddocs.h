// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

// Short explanations of the campaign fields Kore.ai documents, keyed by their path inside a
// response ("data.dialingStrategy.maxRingTime"; array items are written without an index).
// Bare campaign files use the same text, found by the path relative to the campaign.
class FieldDocs
{
    Q_DECLARE_TR_FUNCTIONS(FieldDocs)

public:
    // The explanation for a path, or an empty string for fields we know nothing about.
    static QString tooltipFor(const QString &path);

    // The same for a path inside a bare campaign object ("status" is the campaign's status
    // there, not the response's), as the tree of an opened campaign file needs it.
    static QString tooltipForCampaignField(const QString &pathInCampaign);
};
