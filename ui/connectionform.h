// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "requestbuilder.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;

// The form that says where a campaign lives: host, stream id, account id, campaign id, app id,
// JWT and timeout, with Fetch and Cancel. Enter in any field asks for a fetch. Validation
// messages appear under the field at fault. The token is never saved with the other values.
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings);

    void showErrors(const QList<RequestBuilder::FieldError> &errors);
    void clearErrors();
    void setBusy(bool busy);

    void restore(const QSettings &store);
    void save(QSettings &store) const;

    QLineEdit *fieldEditor(RequestBuilder::Field field) const;

Q_SIGNALS:
    void fetchRequested();
    void cancelRequested();

private:
    void setupFields();
    void setupTokenField();
    void setupLayout();
    void setupConnections();
    QWidget *withErrorLabel(RequestBuilder::Field field, QWidget *editor);

    QComboBox *m_host = nullptr;
    QLineEdit *m_streamId = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLineEdit *m_campaignId = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_token = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QHash<RequestBuilder::Field, QLabel *> m_errorLabels;
};
