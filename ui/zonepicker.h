// SPDX-FileCopyrightText: 2026 Campaign Inspector contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QTimeZone>

// Chooses the time zone the calling-hours grid is shown in: two quick choices (the campaign's
// zone and the viewer's own) above every IANA zone the system knows. The list is editable and
// searchable: typing any part of a zone id ("kolk", "new_y") offers the matching zones.
class ZonePicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ZonePicker(QWidget *parent = nullptr);
    ~ZonePicker() override;

    // The campaign's zone may be unknown; it then stands for the campaign's own clock.
    void setCampaignZone(const QTimeZone &zone, const QString &zoneId, bool known);

    // False when the campaign's times cannot be converted (its zone is unknown): the tooltip
    // then says why choosing a zone is of no use. Enabling stays the caller's decision.
    void setConvertible(bool convertible);

    // Selecting programmatically does not emit zoneChosen.
    void selectCampaignZone();
    void selectZone(const QTimeZone &zone);

    QTimeZone currentZone() const;
    bool isCampaignZoneSelected() const;

    // Picks a zone by its id as a user would after typing it; false for an unknown id.
    bool chooseZoneId(const QString &zoneId);

    void showPopup() override;

Q_SIGNALS:
    void zoneChosen(const QTimeZone &zone);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    enum QuickChoice { CampaignChoice = 0, SystemChoice = 1, FirstZoneRow = 3 };

    void fillQuickChoices();
    void ensureZones();
    void setupCompleter();
    void onIndexChanged(int index);
    void acceptTypedText();
    int rowForTypedText(const QString &text) const;

    QTimeZone m_campaignZone;
    bool m_zonesFilled = false;
};
