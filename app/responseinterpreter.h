// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "campaigndocument.h"
#include "httpresponse.h"

#include <QCoreApplication>

#include <memory>

// Decides what a response or a file means: a campaign, or a specific message saying what is
// wrong (HTTP status, a Kore error envelope, a body that is not JSON, an empty body). Pure and
// thread-safe, so the loader can run it away from the UI thread.
class ResponseInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(ResponseInterpreter)

public:
    // Unreadable: a file that is missing, not a file, too large or refused by the system.
    enum class Problem { None, Http, KoreError, NotJson, Empty, NotCampaign, Unreadable };

    struct Result
    {
        Problem problem = Problem::None;
        QString message; // translated; empty on success
        std::shared_ptr<const CampaignDocument> document;

        bool isOk() const { return problem == Problem::None; }
    };

    // A fetched response: success only for 2xx with a JSON object whose status is "success".
    static Result interpretResponse(const HttpResponse &response);

    // A saved file: a whole response, or a bare campaign object.
    static Result interpretFile(const QByteArray &bytes, const QString &fileName);
};
