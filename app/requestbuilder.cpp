// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "requestbuilder.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace {

const QString campaignPathPrefix = QStringLiteral("/campaign/api/v2/public/");

// A header value must stay one line of plain ASCII, or it could split the request.
bool isHeaderSafe(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A lone "." or ".." stays unescaped and would make servers climb out of the campaign path.
bool isDotSegment(const QString &id)
{
    return id == QLatin1String(".") || id == QLatin1String("..");
}

// Encodes everything but the unreserved characters, so an id can never add a segment, start a
// query or a fragment, or be read as an escape.
QString encodedComponent(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

std::optional<QUrl> RequestBuilder::normaliseHost(const QString &typed, QString *error)
{
    const QString trimmed = typed.trimmed();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<QUrl>();
    };
    if (trimmed.isEmpty())
        return fail(tr("Host is required, for example platform.kore.ai."));

    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    const QUrl url(hasScheme ? trimmed : QLatin1String("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("Host \"%1\" is not a valid host name.").arg(trimmed));

    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("Host must use https:// (got \"%1://\").").arg(scheme));
    if (!url.userInfo().isEmpty())
        return fail(tr("Host must not contain a user name or password."));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return fail(
            tr("Host must not contain a path (\"%1\"); enter only the host name.").arg(url.path()));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("Host must not contain a query or a fragment."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return fail(tr("Host: plain http:// is allowed only for loopback hosts (localhost, "
                       "127.0.0.1, ::1); use https:// so the token is encrypted."));

    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

bool RequestBuilder::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString RequestBuilder::effectiveAppId(const ConnectionSettings &settings)
{
    const QString appId = settings.appId.trimmed();
    return appId.isEmpty() ? settings.streamId.trimmed() : appId;
}

QString RequestBuilder::redacted(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery masked;
        for (const auto &item : items)
            masked.addQueryItem(item.first, QStringLiteral("***"));
        copy.setQuery(masked);
    }
    return copy.toString(QUrl::FullyEncoded);
}

QByteArray RequestBuilder::userAgent()
{
    return QByteArrayLiteral("CampaignInspector/" INSPECTOR_VERSION " (Qt ") + qVersion() + ')';
}

namespace {

struct TrimmedSettings
{
    QString streamId;
    QString accountId;
    QString campaignId;
    QString appId;
    QString token;
};

TrimmedSettings trimmedSettings(const ConnectionSettings &settings)
{
    return {settings.streamId.trimmed(), settings.accountId.trimmed(),
            settings.campaignId.trimmed(), RequestBuilder::effectiveAppId(settings),
            settings.token.trimmed()};
}

QUrl campaignUrl(const QUrl &origin, const TrimmedSettings &values)
{
    QUrl url = origin;
    url.setPath(campaignPathPrefix + encodedComponent(values.streamId) + QLatin1String("/campaign/")
                    + encodedComponent(values.campaignId),
                QUrl::StrictMode);
    url.setQuery(QLatin1String("accountId=") + encodedComponent(values.accountId),
                 QUrl::StrictMode);
    return url;
}

} // namespace

RequestBuilder::Result RequestBuilder::build(const ConnectionSettings &settings)
{
    Result result;
    QString hostError;
    const std::optional<QUrl> origin = normaliseHost(settings.host, &hostError);
    if (!origin)
        result.errors.append({Field::Host, hostError});

    const TrimmedSettings values = trimmedSettings(settings);
    result.errors.append(idErrors(values.streamId, values.accountId, values.campaignId));
    result.errors.append(headerErrors(settings, values.appId));
    if (values.token.isEmpty())
        result.errors.append({Field::Token, tr("Token (JWT) is required.")});
    else if (!isHeaderSafe(values.token))
        result.errors.append({Field::Token,
                              tr("Token (JWT) contains line breaks or characters "
                                 "outside ASCII; paste it again.")});
    if (!result.errors.isEmpty())
        return result;

    result.url = campaignUrl(*origin, values);
    result.request = QNetworkRequest(result.url);
    result.request.setRawHeader("auth", values.token.toLatin1());
    result.request.setRawHeader("iid", values.appId.toLatin1());
    result.request.setRawHeader("accountId", values.accountId.toLatin1());
    result.request.setRawHeader("Accept", "application/json");
    result.request.setRawHeader("User-Agent", userAgent());
    return result;
}

QList<RequestBuilder::FieldError> RequestBuilder::idErrors(const QString &streamId,
                                                           const QString &accountId,
                                                           const QString &campaignId)
{
    QList<FieldError> errors;
    if (streamId.isEmpty())
        errors.append({Field::StreamId, tr("Stream ID is required.")});
    if (accountId.isEmpty())
        errors.append({Field::AccountId, tr("Account ID is required.")});
    if (campaignId.isEmpty())
        errors.append({Field::CampaignId, tr("Campaign ID is required.")});
    if (isDotSegment(streamId))
        errors.append({Field::StreamId, tr("Stream ID cannot be \".\" or \"..\".")});
    if (isDotSegment(campaignId))
        errors.append({Field::CampaignId, tr("Campaign ID cannot be \".\" or \"..\".")});
    return errors;
}

// The account id and the app id travel as headers too, so they must be one line of ASCII.
QList<RequestBuilder::FieldError> RequestBuilder::headerErrors(const ConnectionSettings &settings,
                                                               const QString &appId)
{
    QList<FieldError> errors;
    const QString accountId = settings.accountId.trimmed();
    if (!isHeaderSafe(accountId))
        errors.append({Field::AccountId,
                       tr("Account ID is sent as a header and may hold only "
                          "printable ASCII characters.")});
    if (isHeaderSafe(appId))
        return errors;
    if (settings.appId.trimmed().isEmpty())
        errors.append({Field::StreamId,
                       tr("Stream ID is sent as the app id (iid) header and "
                          "may hold only printable ASCII characters; enter an "
                          "App ID.")});
    else
        errors.append({Field::AppId,
                       tr("App ID is sent as a header and may hold only printable "
                          "ASCII characters.")});
    return errors;
}
