#pragma once

#include <QObject>
#include <QQmlEngine>

/// How the visitor wants the screen: large text, high contrast, everything within low reach.
/// Chosen on the accessibility sheet, kept in memory only, and set back by the idle reset.
class DisplayModes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the display modes")
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool lowReach READ lowReach WRITE setLowReach NOTIFY changed)
    Q_PROPERTY(qreal lowReachTop READ lowReachTop CONSTANT)

public:
    /// `lowReachTop`: the part of the screen's height, from the top, that a seated visitor
    /// cannot reach (from the mounting height in the config); low reach keeps it free of controls.
    explicit DisplayModes(qreal lowReachTop = 0.4, QObject *parent = nullptr);

    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    bool lowReach() const { return m_lowReach; }
    void setLowReach(bool on);
    qreal lowReachTop() const { return m_lowReachTop; }

    /// Whether all modes are off, as a new visitor finds the kiosk.
    bool isDefault() const { return !m_largeText && !m_highContrast && !m_lowReach; }
    /// All modes off.
    Q_INVOKABLE void reset();

    /// The unreachable top part for a screen whose top edge is `topEdgeCm` above the floor and
    /// whose picture is `heightCm` high, for a hand that reaches `reachCm` (clamped to 0..0.6).
    static qreal unreachableTop(double topEdgeCm, double heightCm, double reachCm);

signals:
    void changed();

private:
    bool set(bool &member, bool on);

    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_lowReach = false;
    qreal m_lowReachTop;
};
