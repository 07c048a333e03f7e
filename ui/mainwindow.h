// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "campaignexporter.h"
#include "campaignfetcher.h"
#include "responseinterpreter.h"

#include <QMainWindow>

#include <memory>

class CallingHoursPanel;
class CampaignLoader;
class ConnectionForm;
class JsonTreeModel;
class MessageBanner;
class QLabel;
class QSettings;
class QSplitter;
class QTreeView;

// The application window: the connection form and the response tree on the left, the calling
// hours on the right. It fetches through CampaignFetcher, parses through CampaignLoader off the
// UI thread, and keeps the campaign already shown until a new one has loaded successfully.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    void openSample();
    void fetch();

    // Writes the shown campaign; returns an empty string on success, else the reason.
    QString exportTo(const QString &path, CampaignExporter::Format format);

    std::shared_ptr<const CampaignDocument> document() const { return m_document; }
    ConnectionForm *form() const { return m_form; }
    MessageBanner *banner() const { return m_banner; }
    QTreeView *treeView() const { return m_tree; }
    CallingHoursPanel *callingHoursPanel() const { return m_callingHours; }

Q_SIGNALS:
    // Emitted after a campaign is shown, or after a fetch or open failed.
    void campaignShown();
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupLayout();
    void setupStatusBar();
    void setupConnections();
    void restoreSettings();
    void saveSettings() const;
    void keepUnreadableSettings(const QString &path);
    void restoreCallingBounds(const QSettings &store);
    void useDefaultSplit();

    void onFetchFinished(const CampaignFetcher::Outcome &outcome);
    void onLoaded(const ResponseInterpreter::Result &result);
    void showDocument(std::shared_ptr<const CampaignDocument> document);
    void showFailure(const QString &message);
    void cancel();
    void chooseFileToOpen();
    void chooseExportFile();
    void showAbout();
    void setBusy(bool busy);

    ConnectionForm *m_form = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    JsonTreeModel *m_model = nullptr;
    CallingHoursPanel *m_callingHours = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_httpStatus = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_size = nullptr;
    QAction *m_exportAction = nullptr;

    CampaignFetcher *m_fetcher = nullptr;
    CampaignLoader *m_loader = nullptr;
    struct RequestFigures
    {
        QString httpStatus;
        QString elapsed;
    };

    bool m_awaitingLoad = false;
    bool m_saveSettings = true;
    RequestFigures m_pendingFigures; // of the fetch whose response is loading
    std::shared_ptr<const CampaignDocument> m_document;
};
