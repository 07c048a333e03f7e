// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "connectionform.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// The regional Kore.ai hosts; any other host can be typed.
const char *const knownHosts[] = {
    "platform.kore.ai",     "bots.kore.ai",     "eu-platform.kore.ai", "eu-bots.kore.ai",
    "de-platform.kore.ai",  "de-bots.kore.ai",  "au-platform.kore.ai", "au-bots.kore.ai",
    "jp-platform.kore.ai",  "jp-bots.kore.ai",  "ind-platform.kore.ai", "ind-bots.kore.ai",
    "uae-platform.kore.ai",
};

const QString defaultHost = QStringLiteral("platform.kore.ai");

QString settingsKey(RequestBuilder::Field field)
{
    switch (field) {
    case RequestBuilder::Field::Host: return QStringLiteral("connection/host");
    case RequestBuilder::Field::StreamId: return QStringLiteral("connection/streamId");
    case RequestBuilder::Field::AccountId: return QStringLiteral("connection/accountId");
    case RequestBuilder::Field::CampaignId: return QStringLiteral("connection/campaignId");
    case RequestBuilder::Field::AppId: return QStringLiteral("connection/appId");
    case RequestBuilder::Field::Token: break;
    }
    return {};
}

QLineEdit *makeLineEdit(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
{
    setupFields();
    setupLayout();
    setupConnections();
    setBusy(false);
}

void ConnectionForm::setupFields()
{
    m_host = new QComboBox(this);
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const char *host : knownHosts)
        m_host->addItem(QString::fromLatin1(host));
    m_host->setCurrentText(defaultHost);
    m_host->setToolTip(tr("The Kore.ai environment, such as platform.kore.ai or "
                          "https://eu-platform.kore.ai. Plain http:// is allowed only for this "
                          "computer (localhost, 127.0.0.1)."));

    m_streamId = makeLineEdit(tr("st-… (bot settings › General)"), this);
    m_accountId = makeLineEdit(tr("24 hex digits"), this);
    m_campaignId = makeLineEdit(tr("cd-…"), this);
    m_appId = makeLineEdit(tr("Empty: the stream id is used"), this);
    m_appId->setToolTip(tr("Sent as the iid header. When left empty, the stream id is sent."));

    setupTokenField();

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(ConnectionSettings::defaultTimeoutMs / 1000);
    m_timeout->setToolTip(tr("How long the server may stay silent before the request is "
                             "abandoned. The whole transfer may take ten times as long."));

    m_fetch = new QPushButton(tr("&Fetch"), this);
    m_fetch->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    // Showing and hiding the busy bar must not move the buttons around.
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepSpace);
}

// Masked by default; the eye action shows it for checking what was pasted.
void ConnectionForm::setupTokenField()
{
    m_token = makeLineEdit(tr("JWT signed with the app's client secret"), this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setToolTip(tr("Kept in memory only: never saved, logged or exported."));
    QAction *reveal = m_token->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                         QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the token"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the token") : tr("Show the token"));
    });
}

QWidget *ConnectionForm::withErrorLabel(RequestBuilder::Field field, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);

    auto *error = new QLabel(box);
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = error->font();
    font.setBold(true);
    error->setFont(font);
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(field, error);
    return box;
}

void ConnectionForm::setupLayout()
{
    using Field = RequestBuilder::Field;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Host:"), withErrorLabel(Field::Host, m_host));
    form->addRow(tr("&Stream ID:"), withErrorLabel(Field::StreamId, m_streamId));
    form->addRow(tr("A&ccount ID:"), withErrorLabel(Field::AccountId, m_accountId));
    form->addRow(tr("Ca&mpaign ID:"), withErrorLabel(Field::CampaignId, m_campaignId));
    form->addRow(tr("A&pp ID (iid):"), withErrorLabel(Field::AppId, m_appId));
    form->addRow(tr("&JWT:"), withErrorLabel(Field::Token, m_token));

    auto *timeoutLabel = new QLabel(tr("&Timeout:"), this);
    timeoutLabel->setBuddy(m_timeout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(timeoutLabel);
    buttons->addWidget(m_timeout);
    buttons->addWidget(m_busy, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_fetch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
}

void ConnectionForm::setupConnections()
{
    const QList<QLineEdit *> edits
        = {m_host->lineEdit(), m_streamId, m_accountId, m_campaignId, m_appId, m_token};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::returnPressed, this, &ConnectionForm::fetchRequested);
    connect(m_fetch, &QPushButton::clicked, this, &ConnectionForm::fetchRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectionForm::cancelRequested);
}

ConnectionSettings ConnectionForm::settings() const
{
    ConnectionSettings settings;
    settings.host = m_host->currentText();
    settings.streamId = m_streamId->text();
    settings.accountId = m_accountId->text();
    settings.campaignId = m_campaignId->text();
    settings.appId = m_appId->text();
    settings.token = m_token->text();
    settings.timeoutMs = m_timeout->value() * 1000;
    // The same rule as the fetch command: a whole transfer may take ten silences' worth.
    settings.deadlineMs = settings.timeoutMs * 10;
    return settings;
}

void ConnectionForm::setSettings(const ConnectionSettings &settings)
{
    m_host->setCurrentText(settings.host);
    m_streamId->setText(settings.streamId);
    m_accountId->setText(settings.accountId);
    m_campaignId->setText(settings.campaignId);
    m_appId->setText(settings.appId);
    m_token->setText(settings.token);
    m_timeout->setValue(settings.timeoutMs / 1000);
}

void ConnectionForm::showErrors(const QList<RequestBuilder::FieldError> &errors)
{
    clearErrors();
    for (const RequestBuilder::FieldError &error : errors) {
        QLabel *label = m_errorLabels.value(error.field);
        label->setText(label->text().isEmpty() ? error.message
                                               : label->text() + u'\n' + error.message);
        label->show();
    }
    if (!errors.isEmpty())
        fieldEditor(errors.constFirst().field)->setFocus();
}

void ConnectionForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

void ConnectionForm::setBusy(bool busy)
{
    m_fetch->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_busy->setVisible(busy);
}

void ConnectionForm::restore(const QSettings &store)
{
    using Field = RequestBuilder::Field;
    m_host->setCurrentText(store.value(settingsKey(Field::Host), defaultHost).toString());
    m_streamId->setText(store.value(settingsKey(Field::StreamId)).toString());
    m_accountId->setText(store.value(settingsKey(Field::AccountId)).toString());
    m_campaignId->setText(store.value(settingsKey(Field::CampaignId)).toString());
    m_appId->setText(store.value(settingsKey(Field::AppId)).toString());
    const int timeout = store.value(QStringLiteral("connection/timeoutSeconds"), 0).toInt();
    if (timeout >= m_timeout->minimum() && timeout <= m_timeout->maximum())
        m_timeout->setValue(timeout);
}

void ConnectionForm::save(QSettings &store) const
{
    using Field = RequestBuilder::Field;
    store.setValue(settingsKey(Field::Host), m_host->currentText().trimmed());
    store.setValue(settingsKey(Field::StreamId), m_streamId->text().trimmed());
    store.setValue(settingsKey(Field::AccountId), m_accountId->text().trimmed());
    store.setValue(settingsKey(Field::CampaignId), m_campaignId->text().trimmed());
    store.setValue(settingsKey(Field::AppId), m_appId->text().trimmed());
    store.setValue(QStringLiteral("connection/timeoutSeconds"), m_timeout->value());
}

QLineEdit *ConnectionForm::fieldEditor(RequestBuilder::Field field) const
{
    switch (field) {
    case RequestBuilder::Field::Host: return m_host->lineEdit();
    case RequestBuilder::Field::StreamId: return m_streamId;
    case RequestBuilder::Field::AccountId: return m_accountId;
    case RequestBuilder::Field::CampaignId: return m_campaignId;
    case RequestBuilder::Field::AppId: return m_appId;
    case RequestBuilder::Field::Token: return m_token;
    }
    return nullptr;
}
