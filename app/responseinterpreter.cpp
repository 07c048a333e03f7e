// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "responseinterpreter.h"

#include "callinghoursparser.h"
#include "jsontreemodel.h"
#include "logging.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>
#include <future>

namespace {

using Problem = ResponseInterpreter::Problem;
using Result = ResponseInterpreter::Result;

// Excerpts of a body are shown in one line of a banner; anything longer is noise.
constexpr qsizetype excerptLimit = 120;
// Only the start of a body is decoded to find its first line, however large the body is.
constexpr qsizetype headBytes = 4096;
// From this size on the raw bytes are indexed on a thread of their own while they are parsed.
constexpr qsizetype concurrentIndexBytes = 256 * 1024;

// What the top level of a parsed JSON document turned out to be.
enum class Shape { Response, BareCampaign, ErrorsEnvelope, FailureEnvelope, NoCampaign };

struct Parsed
{
    QJsonDocument json;
    QJsonParseError error;
    std::shared_ptr<const JsonTreeModel::RawIndex> index; // null when the bytes are not JSON
};

// Indexing the bytes for the tree's key order is a second pass over them that costs a good
// part of a parse; on a large body it runs on another core at the same time as the parse.
Parsed parseAndIndex(const QByteArray &bytes)
{
    Parsed parsed;
    if (bytes.size() < concurrentIndexBytes) {
        parsed.json = QJsonDocument::fromJson(bytes, &parsed.error);
        if (parsed.error.error == QJsonParseError::NoError)
            parsed.index = JsonTreeModel::indexRawBytes(bytes);
        return parsed;
    }
    auto indexing = std::async(std::launch::async,
                               [&bytes] { return JsonTreeModel::indexRawBytes(bytes); });
    parsed.json = QJsonDocument::fromJson(bytes, &parsed.error);
    auto index = indexing.get();
    if (parsed.error.error == QJsonParseError::NoError)
        parsed.index = std::move(index);
    return parsed;
}

struct Reading
{
    Shape shape = Shape::NoCampaign;
    QString detail; // the envelope's messages, or why there is no campaign
    QJsonObject campaign;
};

bool isSpaceByte(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

bool isSuccessStatus(int code)
{
    return code >= 200 && code <= 299;
}

// Stops at the first visible byte: trimmed() would copy a 20 MB body that ends in a newline.
bool isBlank(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char ch) { return isSpaceByte(ch); });
}

// Control characters are removed (as spaces, then collapsed) so a body cannot break the line.
QString cleanLine(const QString &line)
{
    QString cleaned;
    cleaned.reserve(line.size());
    for (const QChar ch : line) {
        const bool control = ch.category() == QChar::Other_Control || ch == QChar::ByteOrderMark;
        cleaned.append(control ? QChar(u' ') : ch);
    }
    return cleaned.simplified();
}

QString clip(const QString &text)
{
    if (text.size() <= excerptLimit)
        return text;
    qsizetype cut = excerptLimit - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

// The first line of a body that has any visible text, for messages about non-JSON bodies.
QString firstLine(const QByteArray &bytes)
{
    const QString head = QString::fromUtf8(bytes.left(headBytes));
    const QStringList lines = head.split(u'\n');
    for (const QString &line : lines) {
        const QString cleaned = cleanLine(line);
        if (!cleaned.isEmpty())
            return clip(cleaned);
    }
    return {};
}

QString httpStatusText(const HttpResponse &response)
{
    if (response.statusCode <= 0)
        return ResponseInterpreter::tr("no HTTP status");
    const QString reason = cleanLine(response.reasonPhrase);
    if (reason.isEmpty())
        return ResponseInterpreter::tr("HTTP %1").arg(response.statusCode);
    return ResponseInterpreter::tr("HTTP %1 %2").arg(response.statusCode).arg(clip(reason));
}

QString parseErrorText(const QJsonParseError &error)
{
    return ResponseInterpreter::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset);
}

QString contentTypeText(const QString &contentType)
{
    const QString cleaned = clip(cleanLine(contentType));
    return cleaned.isEmpty() ? ResponseInterpreter::tr("no content type") : cleaned;
}

QString oneErrorText(const QJsonValue &entry)
{
    if (entry.isString())
        return clip(cleanLine(entry.toString()));
    const QJsonObject object = entry.toObject();
    const QString msg = clip(cleanLine(object.value(QLatin1String("msg")).toString()));
    const QJsonValue code = object.value(QLatin1String("code"));
    if (code.isUndefined() || code.isNull())
        return msg;
    const QString codeText = clip(code.toVariant().toString());
    if (msg.isEmpty())
        return ResponseInterpreter::tr("code %1").arg(codeText);
    return ResponseInterpreter::tr("%1 (code %2)").arg(msg, codeText);
}

// Every message of an {"errors":[{"msg","code"}]} envelope, joined into one sentence.
QString errorsText(const QJsonArray &errors)
{
    QStringList texts;
    for (const QJsonValue &entry : errors) {
        const QString text = oneErrorText(entry);
        if (!text.isEmpty())
            texts.append(text);
    }
    if (texts.isEmpty())
        return ResponseInterpreter::tr("an error without a message");
    return texts.join(QLatin1String("; "));
}

QString envelopeMessage(const QJsonObject &object)
{
    for (const auto key : {QLatin1String("message"), QLatin1String("msg")}) {
        const QString text = clip(cleanLine(object.value(key).toString()));
        if (!text.isEmpty())
            return text;
    }
    return ResponseInterpreter::tr("no message given");
}

bool isFailureStatus(const QJsonValue &status)
{
    const QString text = status.toString();
    return text.compare(QLatin1String("failure"), Qt::CaseInsensitive) == 0
           || text.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0;
}

bool looksLikeBareCampaign(const QJsonObject &object)
{
    return object.contains(QLatin1String("dialingStrategy"))
           || object.contains(QLatin1String("_id")) || object.contains(QLatin1String("name"));
}

Reading noCampaign(const QString &why)
{
    return {Shape::NoCampaign, why, {}};
}

// A response whose status is "success": the campaign must be its `data` object.
Reading readSuccessEnvelope(const QJsonObject &object)
{
    const QJsonValue data = object.value(QLatin1String("data"));
    if (!data.isObject())
        return noCampaign(ResponseInterpreter::tr("it has no \"data\" object"));
    return {Shape::Response, {}, data.toObject()};
}

Reading readObject(const QJsonObject &object, bool allowBare)
{
    const QJsonValue errors = object.value(QLatin1String("errors"));
    if (errors.isArray() && !errors.toArray().isEmpty())
        return {Shape::ErrorsEnvelope, errorsText(errors.toArray()), {}};

    const QJsonValue status = object.value(QLatin1String("status"));
    if (isFailureStatus(status))
        return {Shape::FailureEnvelope, envelopeMessage(object), {}};
    if (status.toString() == QLatin1String("success"))
        return readSuccessEnvelope(object);

    // A campaign's own status is Ready, Active and so on; only a wrapper carries `data`.
    if (allowBare && !object.value(QLatin1String("data")).isObject()
        && looksLikeBareCampaign(object))
        return {Shape::BareCampaign, {}, object};
    if (status.isString()) {
        return noCampaign(ResponseInterpreter::tr("its status is \"%1\", not \"success\"")
                              .arg(clip(cleanLine(status.toString()))));
    }
    return noCampaign(ResponseInterpreter::tr("it has no \"status\" of \"success\""));
}

Reading readJson(const QJsonDocument &json, bool allowBare)
{
    if (json.isArray())
        return noCampaign(ResponseInterpreter::tr("its top level is an array, not an object"));
    return readObject(json.object(), allowBare);
}

QString idOf(const QJsonObject &campaign)
{
    for (const auto key : {QLatin1String("_id"), QLatin1String("id")}) {
        const QJsonValue value = campaign.value(key);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isDouble())
            return value.toVariant().toString();
    }
    return {};
}

Result failure(Problem problem, const QString &message)
{
    qCDebug(lcModel) << "not a campaign:" << message;
    return {problem, message, nullptr};
}

Result success(const QByteArray &raw, const Parsed &parsed, const QJsonObject &campaign,
               const QString &source)
{
    auto document = std::make_shared<CampaignDocument>();
    document->raw = raw;
    document->json = parsed.json;
    document->rawIndex = parsed.index;
    document->campaign = campaign;
    document->name = campaign.value(QLatin1String("name")).toString();
    document->id = idOf(campaign);
    document->source = source;
    document->schedule = CallingHoursParser::parseCampaign(campaign);
    qCDebug(lcModel) << "campaign" << document->id << "from" << source << raw.size() << "bytes";
    return {Problem::None, {}, std::move(document)};
}

Result interpretResponseJson(const HttpResponse &response, const Parsed &parsed)
{
    const QString status = httpStatusText(response);
    const bool statusOk = isSuccessStatus(response.statusCode);
    const Reading reading = readJson(parsed.json, false);

    switch (reading.shape) {
    case Shape::ErrorsEnvelope:
    case Shape::FailureEnvelope:
        if (statusOk)
            return failure(Problem::KoreError,
                           ResponseInterpreter::tr("Kore.ai reported an error: %1")
                               .arg(reading.detail));
        return failure(Problem::KoreError,
                       ResponseInterpreter::tr("Kore.ai reported an error (%1): %2")
                           .arg(status, reading.detail));
    case Shape::Response:
    case Shape::BareCampaign:
        if (statusOk)
            return success(response.body, parsed, reading.campaign,
                           response.url.toString(QUrl::RemoveUserInfo));
        return failure(Problem::Http,
                       ResponseInterpreter::tr("The server answered %1, although the body "
                                               "reports success.").arg(status));
    case Shape::NoCampaign:
        break;
    }
    if (!statusOk)
        return failure(Problem::Http, ResponseInterpreter::tr("The server answered %1.")
                                          .arg(status));
    return failure(Problem::NotCampaign,
                   ResponseInterpreter::tr("The server answered %1, but the JSON holds no "
                                           "campaign: %2.").arg(status, reading.detail));
}

Result interpretUnparsableResponse(const HttpResponse &response, const QJsonParseError &error)
{
    const QString status = httpStatusText(response);
    const QString what = ResponseInterpreter::tr("the body is not JSON (%1; %2). It begins: %3")
                             .arg(contentTypeText(response.contentType),
                                  parseErrorText(error), firstLine(response.body));
    if (!isSuccessStatus(response.statusCode))
        return failure(Problem::Http,
                       ResponseInterpreter::tr("The server answered %1 and %2").arg(status, what));
    return failure(Problem::NotJson,
                   ResponseInterpreter::tr("The server answered %1, but %2").arg(status, what));
}

} // namespace

ResponseInterpreter::Result ResponseInterpreter::interpretResponse(const HttpResponse &response)
{
    const QString status = httpStatusText(response);
    if (isBlank(response.body)) {
        if (!isSuccessStatus(response.statusCode))
            return failure(Problem::Http, tr("The server answered %1 with an empty body.")
                                              .arg(status));
        return failure(Problem::Empty, tr("The server answered %1 with an empty body, so "
                                          "there is no campaign to show.").arg(status));
    }

    const Parsed parsed = parseAndIndex(response.body);
    if (parsed.error.error != QJsonParseError::NoError)
        return interpretUnparsableResponse(response, parsed.error);
    return interpretResponseJson(response, parsed);
}

ResponseInterpreter::Result ResponseInterpreter::interpretFile(const QByteArray &bytes,
                                                               const QString &fileName)
{
    const QString file = QDir::toNativeSeparators(fileName);
    if (isBlank(bytes))
        return failure(Problem::Empty, tr("The file %1 is empty.").arg(file));

    const Parsed parsed = parseAndIndex(bytes);
    if (parsed.error.error != QJsonParseError::NoError) {
        return failure(Problem::NotJson,
                       tr("The file %1 is not JSON (%2). It begins: %3")
                           .arg(file, parseErrorText(parsed.error), firstLine(bytes)));
    }

    const Reading reading = readJson(parsed.json, true);
    switch (reading.shape) {
    case Shape::Response:
    case Shape::BareCampaign:
        return success(bytes, parsed, reading.campaign, fileName);
    case Shape::ErrorsEnvelope:
    case Shape::FailureEnvelope:
        return failure(Problem::KoreError, tr("The file %1 holds a Kore.ai error, not a "
                                              "campaign: %2").arg(file, reading.detail));
    case Shape::NoCampaign:
        break;
    }
    return failure(Problem::NotCampaign, tr("The file %1 holds JSON, but not a campaign: %2.")
                                             .arg(file, reading.detail));
}
