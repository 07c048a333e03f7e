// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#include "zonepicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>

ZonePicker::ZonePicker(QWidget *parent)
    : QComboBox(parent)
    , m_campaignZone(QTimeZone::utc())
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    setMaxVisibleItems(20);
    setConvertible(true);
    setAccessibleName(tr("Shown time zone"));
    fillQuickChoices();
    setupCompleter();

    connect(this, &QComboBox::currentIndexChanged, this, &ZonePicker::onIndexChanged);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &ZonePicker::acceptTypedText);
}

ZonePicker::~ZonePicker() = default;

void ZonePicker::fillQuickChoices()
{
    const QByteArray systemId = QTimeZone::systemTimeZoneId();
    addItem(tr("Campaign's zone"));
    addItem(tr("My zone (%1)").arg(QString::fromUtf8(systemId)), QString::fromUtf8(systemId));
    insertSeparator(count());
}

// About 600 zones that nobody sees until the list is opened, typed into or scrolled: they are
// added then, as one block of rows, so that the window's start-up does not pay for them.
void ZonePicker::ensureZones()
{
    if (m_zonesFilled)
        return;
    m_zonesFilled = true;
    QList<QStandardItem *> zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    zones.reserve(ids.size());
    for (const QByteArray &id : ids) {
        auto *zone = new QStandardItem(QString::fromUtf8(id));
        zone->setData(zone->text(), Qt::UserRole);
        zones.append(zone);
    }
    if (auto *items = qobject_cast<QStandardItemModel *>(model()))
        items->invisibleRootItem()->appendRows(zones);
    else
        qDeleteAll(zones);
}

void ZonePicker::setupCompleter()
{
    // Searching by any part of the id matters: people know "Kolkata", not "Asia/".
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
}

void ZonePicker::setCampaignZone(const QTimeZone &zone, const QString &zoneId, bool known)
{
    m_campaignZone = zone;
    const QString label = known ? tr("Campaign's zone (%1)").arg(zoneId)
                                : tr("Campaign's own clock (unknown zone '%1')").arg(zoneId);
    setItemText(CampaignChoice, zoneId.isEmpty() ? tr("Campaign's zone") : label);
    if (currentIndex() == CampaignChoice)
        lineEdit()->setText(itemText(CampaignChoice));
}

void ZonePicker::setConvertible(bool convertible)
{
    setToolTip(convertible
                   ? tr("Time zone the grid is shown in: type any part of a zone name to search")
                   : tr("The campaign's time zone is unknown, so its times cannot be shown in "
                        "another zone."));
}

void ZonePicker::selectCampaignZone()
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(CampaignChoice);
    lineEdit()->setText(itemText(CampaignChoice));
}

void ZonePicker::selectZone(const QTimeZone &zone)
{
    ensureZones();
    const QSignalBlocker blocker(this);
    const int row = findData(QString::fromUtf8(zone.id()));
    setCurrentIndex(row >= FirstZoneRow || row == SystemChoice ? row : CampaignChoice);
    lineEdit()->setText(itemText(currentIndex()));
}

QTimeZone ZonePicker::currentZone() const
{
    if (currentIndex() <= CampaignChoice)
        return m_campaignZone;
    return QTimeZone(currentData().toString().toUtf8());
}

bool ZonePicker::isCampaignZoneSelected() const
{
    return currentIndex() <= CampaignChoice;
}

bool ZonePicker::chooseZoneId(const QString &zoneId)
{
    ensureZones();
    const int row = findData(zoneId);
    if (row < FirstZoneRow)
        return false;
    setCurrentIndex(row);
    return true;
}

void ZonePicker::onIndexChanged(int index)
{
    if (index < 0 || index == FirstZoneRow - 1)
        return;
    Q_EMIT zoneChosen(currentZone());
}

int ZonePicker::rowForTypedText(const QString &text) const
{
    // An exact id (in any case) wins; otherwise a part that names exactly one zone.
    int onlyMatch = -1;
    for (int row = FirstZoneRow; row < count(); ++row) {
        const QString id = itemData(row).toString();
        if (id.compare(text, Qt::CaseInsensitive) == 0)
            return row;
        if (id.contains(text, Qt::CaseInsensitive))
            onlyMatch = onlyMatch == -1 ? row : -2;
    }
    return onlyMatch;
}

void ZonePicker::acceptTypedText()
{
    ensureZones();
    const QString text = lineEdit()->text().trimmed();
    if (text == itemText(currentIndex()))
        return;

    // Text that names no single zone is not a choice: show the current one again.
    const int row = text.isEmpty() ? -1 : rowForTypedText(text);
    if (row >= FirstZoneRow)
        setCurrentIndex(row);
    lineEdit()->setText(itemText(currentIndex()));
}

void ZonePicker::showPopup()
{
    ensureZones();
    QComboBox::showPopup();
}

void ZonePicker::focusInEvent(QFocusEvent *event)
{
    ensureZones(); // the completer searches the zones as soon as the user types
    QComboBox::focusInEvent(event);
}

void ZonePicker::wheelEvent(QWheelEvent *event)
{
    ensureZones();
    QComboBox::wheelEvent(event);
}
