// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What came back from the server at the HTTP level, before anyone looked inside the body.
// The URL never carries the token: the token travels only in the `auth` header.
struct HttpResponse
{
    QUrl url;
    int statusCode = 0;
    QString reasonPhrase;
    QString contentType;
    QByteArray body;
    qint64 elapsedMs = 0;
};
