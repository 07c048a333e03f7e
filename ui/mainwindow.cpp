// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "callinghourspanel.h"
#include "campaignloader.h"
#include "connectionform.h"
#include "jsontreemodel.h"
#include "logging.h"
#include "messagebanner.h"
#include "requestbuilder.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QString samplePath = QStringLiteral(":/samples/sample-campaign.json");

QString localJsonFile(const QMimeData *mime)
{
    if (!mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.fileName().endsWith(u".json", Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

// One line that says what the campaign is, so nobody has to dig in the tree for it.
QString summaryText(const CampaignDocument &document)
{
    const QJsonObject &campaign = document.campaign;
    QStringList parts;
    const QString name
        = document.name.isEmpty() ? MainWindow::tr("Unnamed campaign") : document.name;
    parts << u"<b>" + name.toHtmlEscaped() + u"</b>";
    for (const char *key : {"status", "dialingMode"}) {
        const QString value = campaign.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            parts << value.toHtmlEscaped();
    }
    const QString priority = campaign.value(u"priority").toVariant().toString();
    if (!priority.isEmpty())
        parts << MainWindow::tr("priority %1").arg(priority.toHtmlEscaped());
    const qsizetype lists = campaign.value(u"contactLists").toArray().size();
    parts << MainWindow::tr("contact lists: %1").arg(lists);
    const QString dnc = campaign.value(u"dncLists").toObject().value(u"name").toString();
    if (!dnc.isEmpty())
        parts << MainWindow::tr("DNC: %1").arg(dnc.toHtmlEscaped());
    if (!document.id.isEmpty())
        parts << u"<code>" + document.id.toHtmlEscaped() + u"</code>";
    return parts.join(QStringLiteral(" · "));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_fetcher(new CampaignFetcher(this))
    , m_loader(new CampaignLoader(this))
{
    setWindowTitle(tr("Campaign Inspector"));
    setAcceptDrops(true);
    setupActions();
    setupLayout();
    setupStatusBar();
    setupConnections();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    open->setShortcut(QKeySequence::Open);
    m_exportAction = file->addAction(tr("&Export JSON…"), this, &MainWindow::chooseExportFile);
    m_exportAction->setShortcut(QKeySequence::Save);
    m_exportAction->setEnabled(false);
    file->addAction(tr("Open &Sample Campaign"), this, &MainWindow::openSample);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Campaign Inspector"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setupLayout()
{
    m_form = new ConnectionForm(this);
    m_banner = new MessageBanner(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new JsonTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, em * 16);
    m_tree->header()->resizeSection(JsonTreeModel::ValueColumn, em * 20);
    m_tree->setAccessibleName(tr("Response"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_form);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_tree, 1);

    m_callingHours = new CallingHoursPanel(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_callingHours);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::setupStatusBar()
{
    m_httpStatus = new QLabel(this);
    m_elapsed = new QLabel(this);
    m_size = new QLabel(this);
    m_httpStatus->setToolTip(tr("How the server answered the request of the campaign shown"));
    m_elapsed->setToolTip(tr("How long the request of the campaign shown took"));
    m_size->setToolTip(tr("Size of the campaign shown, as received or read"));
    statusBar()->addPermanentWidget(m_httpStatus);
    statusBar()->addPermanentWidget(m_elapsed);
    statusBar()->addPermanentWidget(m_size);
}

void MainWindow::setupConnections()
{
    connect(m_form, &ConnectionForm::fetchRequested, this, &MainWindow::fetch);
    connect(m_form, &ConnectionForm::cancelRequested, this, &MainWindow::cancel);
    connect(m_fetcher, &CampaignFetcher::finished, this, &MainWindow::onFetchFinished);
    connect(m_loader, &CampaignLoader::loaded, this, &MainWindow::onLoaded);
}

void MainWindow::fetch()
{
    const ConnectionSettings settings = m_form->settings();
    const RequestBuilder::Result request = RequestBuilder::build(settings);
    m_form->showErrors(request.errors);
    if (!request.isValid()) {
        statusBar()->showMessage(tr("Check the highlighted fields."), 5000);
        return;
    }
    m_banner->hide();
    if (!m_fetcher->start(settings))
        return;
    setBusy(true);
    statusBar()->showMessage(tr("Fetching %1 …").arg(RequestBuilder::redacted(request.url)));
}

void MainWindow::cancel()
{
    if (m_fetcher->isRunning()) {
        m_fetcher->cancel();
        return;
    }
    if (m_awaitingLoad) {
        m_awaitingLoad = false;
        setBusy(false);
        showFailure(tr("Loading was cancelled; the campaign shown before is still shown."));
    }
}

void MainWindow::onFetchFinished(const CampaignFetcher::Outcome &outcome)
{
    // The status bar describes the campaign on screen, so these figures wait for the load.
    const HttpResponse &response = outcome.response;
    m_pendingFigures.httpStatus = response.statusCode > 0
        ? tr("HTTP %1 %2").arg(response.statusCode).arg(response.reasonPhrase)
        : QString();
    m_pendingFigures.elapsed = tr("%1 ms").arg(response.elapsedMs);
    if (outcome.failure == CampaignFetcher::Failure::Cancelled) {
        setBusy(false);
        m_banner->showMessage(MessageBanner::Kind::Information, outcome.message);
        Q_EMIT loadFailed(outcome.message);
        return;
    }
    if (outcome.failure != CampaignFetcher::Failure::None) {
        setBusy(false);
        showFailure(outcome.message);
        return;
    }
    m_awaitingLoad = true;
    m_loader->loadResponse(response);
}

void MainWindow::onLoaded(const ResponseInterpreter::Result &result)
{
    if (!m_awaitingLoad)
        return;
    m_awaitingLoad = false;
    setBusy(false);
    if (!result.isOk()) {
        showFailure(result.message);
        return;
    }
    showDocument(result.document);
}

void MainWindow::showDocument(std::shared_ptr<const CampaignDocument> document)
{
    m_document = std::move(document);
    // A notice (such as an unreadable settings file) stays; only a failure is now outdated.
    if (m_banner->kind() != MessageBanner::Kind::Information
        && m_banner->kind() != MessageBanner::Kind::Warning)
        m_banner->hide();
    m_model->setDocument(m_document->json, m_document->raw, m_document->rawIndex);
    const QModelIndex data = m_model->indexForPath(QStringLiteral("data"));
    if (data.isValid())
        m_tree->expand(data);
    m_callingHours->setSchedule(m_document->schedule);
    m_summary->setText(summaryText(*m_document));
    m_exportAction->setEnabled(true);
    m_httpStatus->setText(m_pendingFigures.httpStatus);
    m_elapsed->setText(m_pendingFigures.elapsed);
    m_size->setText(QLocale().formattedDataSize(m_document->raw.size()));
    setWindowTitle(m_document->name.isEmpty() ? tr("Campaign Inspector") : m_document->name);
    const QUrl url(m_document->source);
    const QString source = m_document->source == samplePath ? tr("the bundled sample campaign")
        : url.scheme().startsWith(u"http")                  ? RequestBuilder::redacted(url)
                                                            : m_document->source;
    statusBar()->showMessage(tr("Loaded %1").arg(source), 8000);
    qCInfo(lcUi) << "shown campaign" << m_document->id;
    Q_EMIT campaignShown();
}

void MainWindow::showFailure(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    // Stays until the next action, so the figures beside it are never read as the failure's.
    statusBar()->showMessage(m_document ? tr("Failed; the campaign shown is the one from before.")
                                        : tr("Failed."));
    Q_EMIT loadFailed(message);
}

void MainWindow::setBusy(bool busy)
{
    m_form->setBusy(busy);
}

void MainWindow::openFile(const QString &path)
{
    // The HTTP figures belong to a fetch, not to a file.
    m_pendingFigures = {};
    m_awaitingLoad = true;
    setBusy(true);
    statusBar()->showMessage(tr("Opening %1 …").arg(QDir::toNativeSeparators(path)));
    m_loader->loadFile(path);
}

void MainWindow::openSample()
{
    openFile(samplePath);
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Campaign"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString MainWindow::exportTo(const QString &path, CampaignExporter::Format format)
{
    if (!m_document)
        return tr("There is no campaign to export yet.");
    const QString error
        = CampaignExporter::writeFile(path, CampaignExporter::exportBytes(*m_document, format));
    if (error.isEmpty())
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return error;
}

void MainWindow::chooseExportFile()
{
    if (!m_document)
        return;
    const QString exact = tr("JSON exactly as received (*.json)");
    const QString pretty = tr("JSON pretty-printed (*.json)");
    QString chosenFilter = exact;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Campaign JSON"), CampaignExporter::suggestedFileName(*m_document),
        exact + u";;" + pretty, &chosenFilter);
    if (path.isEmpty())
        return;
    const auto format = chosenFilter == pretty ? CampaignExporter::Format::Pretty
                                               : CampaignExporter::Format::Exact;
    const QString error = exportTo(path, format);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Failed"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Campaign Inspector"),
        tr("<h3>Campaign Inspector %1</h3>"
           "<p>Looks inside Kore.ai voice campaigns: their settings, their lists and, above "
           "all, when they are allowed to call people.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localJsonFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localJsonFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    // A first start fills most of a large screen and all of a small one.
    const QSize available = screen()->availableSize();
    resize((available * 0.9).expandedTo(QSize(1280, 800)).boundedTo(available));
    useDefaultSplit();
    QSettings store;
    if (store.status() != QSettings::NoError) {
        keepUnreadableSettings(store.fileName());
        return;
    }
    m_form->restore(store);
    restoreCallingBounds(store);
    restoreGeometry(store.value(QStringLiteral("window/geometry")).toByteArray());
    if (!m_splitter->restoreState(store.value(QStringLiteral("window/splitter")).toByteArray()))
        useDefaultSplit();
}

// Moves an unreadable settings file aside so that the user keeps it and the app can start from
// defaults. If it cannot be moved, the app leaves it alone and saves nothing over it.
void MainWindow::keepUnreadableSettings(const QString &path)
{
    const QString stem = path + u".unreadable-"
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = stem;
    for (int attempt = 2; QFileInfo::exists(backup); ++attempt)
        backup = stem + u'-' + QString::number(attempt);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (QFile::rename(path, backup)) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The settings file %1 could not be read, so defaults are used. "
                                 "It was kept as %2.")
                                  .arg(shownPath, QDir::toNativeSeparators(backup)));
        return;
    }
    m_saveSettings = false;
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("The settings file %1 could not be read, so defaults are used. It "
                             "could not be moved aside either, so this session will not save "
                             "settings over it.")
                              .arg(shownPath));
}

// Values that make no sense (edited by hand, say) leave the default bounds in place.
void MainWindow::restoreCallingBounds(const QSettings &store)
{
    const ScheduleChecker::Bounds defaults;
    bool earliestOk = false;
    bool latestOk = false;
    const int earliest = store.value(QStringLiteral("schedule/earliestCallMinute"),
                                     defaults.earliestMinute).toInt(&earliestOk);
    const int latest = store.value(QStringLiteral("schedule/latestCallMinute"),
                                   defaults.latestMinute).toInt(&latestOk);
    if (earliestOk && latestOk && earliest >= 0 && earliest < latest && latest <= 24 * 60)
        m_callingHours->setCallingBounds({earliest, latest});
}

// The tree needs room for its three columns; the grid takes the rest.
void MainWindow::useDefaultSplit()
{
    const int left = qMax(width() * 2 / 5, fontMetrics().horizontalAdvance(u'M') * 34);
    m_splitter->setSizes({left, qMax(width() - left, 1)});
}

void MainWindow::saveSettings() const
{
    if (!m_saveSettings)
        return;
    QSettings store;
    m_form->save(store);
    const ScheduleChecker::Bounds bounds = m_callingHours->callingBounds();
    store.setValue(QStringLiteral("schedule/earliestCallMinute"), bounds.earliestMinute);
    store.setValue(QStringLiteral("schedule/latestCallMinute"), bounds.latestMinute);
    store.setValue(QStringLiteral("window/geometry"), saveGeometry());
    store.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}
