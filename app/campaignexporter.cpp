// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "campaignexporter.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstring>

namespace {

constexpr int indentWidth = 4;
constexpr qsizetype maxBaseNameLength = 96;

bool isJsonSpace(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

// Re-indents JSON text token by token. Qt would sort the keys when writing a QJsonDocument, so
// the pretty form is made from the received bytes instead: strings, numbers and literals stay
// byte for byte, only the whitespace between tokens changes.
class PrettyPrinter
{
public:
    explicit PrettyPrinter(const QByteArray &json)
        : m_in(json)
    {
    }

    QByteArray run()
    {
        m_out.reserve(m_in.size() + m_in.size() / 2);
        qsizetype pos = m_in.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a byte order mark says nothing
        while (pos < m_in.size())
            pos = step(pos);
        m_out += '\n';
        return m_out;
    }

private:
    qsizetype step(qsizetype pos)
    {
        const char ch = m_in.at(pos);
        switch (ch) {
        case '"':
            return copyString(pos);
        case '{':
        case '[':
            return open(pos);
        case '}':
        case ']':
            --m_depth;
            newline();
            m_out += ch;
            return pos + 1;
        case ',':
            m_out += ',';
            newline();
            return pos + 1;
        case ':':
            m_out += ": ";
            return pos + 1;
        default:
            if (!isJsonSpace(ch))
                m_out += ch;
            return pos + 1;
        }
    }

    // Empty containers stay on one line, as "{}" and "[]".
    qsizetype open(qsizetype pos)
    {
        const char close = m_in.at(pos) == '{' ? '}' : ']';
        m_out += m_in.at(pos);
        qsizetype next = pos + 1;
        while (next < m_in.size() && isJsonSpace(m_in.at(next)))
            ++next;
        if (next < m_in.size() && m_in.at(next) == close) {
            m_out += close;
            return next + 1;
        }
        ++m_depth;
        newline();
        return next;
    }

    // Copies a string with its quotes and escapes exactly; returns the position after it.
    qsizetype copyString(qsizetype pos)
    {
        const char *data = m_in.constData();
        qsizetype end = pos + 1;
        while (end < m_in.size()) {
            const void *quote = std::memchr(data + end, '"', size_t(m_in.size() - end));
            if (!quote) {
                end = m_in.size();
                break;
            }
            end = static_cast<const char *>(quote) - data;
            qsizetype backslashes = 0;
            while (data[end - 1 - backslashes] == '\\')
                ++backslashes;
            ++end;
            if (backslashes % 2 == 0)
                break;
        }
        m_out.append(data + pos, end - pos);
        return end;
    }

    void newline()
    {
        m_out += '\n';
        m_out.append(qsizetype(m_depth) * indentWidth, ' ');
    }

    const QByteArray &m_in;
    QByteArray m_out;
    int m_depth = 0;
};

// Letters with accents keep their base letter ("Café" gives "Cafe"); everything else that is
// not safe in a file name on every system becomes a dash.
QString safeFileChars(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString safe;
    safe.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = ch.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                             || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        safe.append(allowed ? ch : QChar(u'-'));
    }
    return safe;
}

QString collapseDashes(const QString &text)
{
    QString collapsed;
    collapsed.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == u'-' && collapsed.endsWith(u'-'))
            continue;
        collapsed.append(ch);
    }
    return collapsed;
}

// Leading dots would hide the file; trailing dots and dashes look like mistakes.
QString trimSeparators(QString text)
{
    const auto isSeparator = [](QChar ch) { return ch == u'-' || ch == u'.' || ch == u'_'; };
    while (!text.isEmpty() && isSeparator(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && isSeparator(text.back()))
        text.chop(1);
    return text;
}

QString writeFailure(const QString &path, const QString &reason)
{
    const QString file = QDir::toNativeSeparators(path);
    qCWarning(lcExport) << "could not write" << file << ":" << reason;
    return CampaignExporter::tr("Could not write %1: %2").arg(file, reason);
}

// Where the bytes go, or why they cannot go there.
struct Target
{
    QString path;
    QString problem;
};

// QSaveFile renames a new file over its target. Done on a device node or a pipe, that would
// replace the node with a regular file; done on a link, it would replace the link with a copy.
// So links are resolved first, and only a regular file or a name not yet taken is written.
Target resolveTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return {{}, CampaignExporter::tr("it is a link to a missing file.")};
    if (info.isDir())
        return {{}, CampaignExporter::tr("it is a folder.")};
    if (info.exists() && !info.isFile())
        return {{},
                CampaignExporter::tr("it is not a regular file but a device, pipe or socket, "
                                     "and is left as it is.")};
    return {info.isSymLink() ? info.canonicalFilePath() : path, {}};
}

} // namespace

QByteArray CampaignExporter::exportBytes(const CampaignDocument &document, Format format)
{
    // A document is always made from bytes; one built in code has only its JSON to offer.
    if (document.raw.isEmpty())
        return document.json.toJson(format == Format::Pretty ? QJsonDocument::Indented
                                                             : QJsonDocument::Compact);
    if (format == Format::Exact)
        return document.raw;
    return PrettyPrinter(document.raw).run();
}

QString CampaignExporter::suggestedFileName(const CampaignDocument &document)
{
    QStringList parts;
    for (const QString &part : {document.name.trimmed(), document.id.trimmed()}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    QString base = trimSeparators(collapseDashes(safeFileChars(parts.join(u'-'))));
    if (base.size() > maxBaseNameLength)
        base = trimSeparators(base.left(maxBaseNameLength));
    if (base.isEmpty())
        return QStringLiteral("campaign.json");
    if (base.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        base.chop(5);
    return base + QLatin1String(".json");
}

QString CampaignExporter::targetProblem(const QString &path)
{
    const Target target = resolveTarget(path);
    return target.problem.isEmpty() ? QString() : writeFailure(path, target.problem);
}

QString CampaignExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    const Target target = resolveTarget(path);
    if (!target.problem.isEmpty())
        return writeFailure(path, target.problem);

    QSaveFile file(target.path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeFailure(path, reason);
    }
    if (!file.commit())
        return writeFailure(path, file.errorString());
    qCInfo(lcExport) << "wrote" << QDir::toNativeSeparators(path) << bytes.size() << "bytes";
    return {};
}
