// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "campaigndocument.h"

#include <QCoreApplication>
#include <QString>

// Export is a pure function from a document to bytes, plus a thin writer. The writer goes
// through QSaveFile, so a failure leaves any existing file exactly as it was.
class CampaignExporter
{
    Q_DECLARE_TR_FUNCTIONS(CampaignExporter)

public:
    enum class Format { Exact, Pretty };

    // Exact returns the received bytes untouched; Pretty re-indents the JSON.
    static QByteArray exportBytes(const CampaignDocument &document, Format format);

    // A file name from the campaign's name and id, reduced to safe characters, ending in .json.
    static QString suggestedFileName(const CampaignDocument &document);

    // Writes bytes atomically; returns an empty string on success, else what failed and why.
    // A link is followed and the file it points to is replaced; the link stays. A target that
    // exists but is not a regular file (a folder, device, pipe or socket) is refused untouched.
    static QString writeFile(const QString &path, const QByteArray &bytes);

    // The message writeFile would give for a target it refuses before writing, else an empty
    // string, so a caller can refuse such a target before doing any other work.
    static QString targetProblem(const QString &path);
};
