// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `campaign-inspector fetch ...`: fetches one campaign without a window and writes the exact
// response body. The token comes from --token-file or KORE_JWT, never from an argument.
// Exit codes: 0 success, 2 usage, 3 network/timeout/TLS, 4 HTTP or Kore error, 5 unusable JSON,
// and 1 when the response was good but the output file could not be written. A refused
// cross-origin redirect and a response over the size cap count as network errors (3): no
// usable answer arrived; so do a redirect loop and a transfer past its deadline.
class FetchCommand
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)

public:
    enum ExitCode {
        Success = 0,
        OutputError = 1,
        UsageError = 2,
        NetworkError = 3,
        HttpError = 4,
        BadJson = 5
    };

    // arguments start with the program name, then "fetch"; needs a running QCoreApplication.
    static int run(const QStringList &arguments);
};
