#pragma once

#include "packcontent.h"

#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <QUrl>

/// Decides what the attract loop shows while nobody is at the kiosk: the pack's videos, pictures
/// and tips one after the other, round and round. Pure logic: the view plays the videos and says
/// when one ended or could not be played; pictures and tips stay for their seconds. A loop in
/// which every item failed one after the other stops, so that a broken pack cannot spin.
class AttractPlaylist : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the attract playlist")
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(int count READ count NOTIFY itemsChanged)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(Kind kind READ kind NOTIFY currentChanged)
    Q_PROPERTY(QUrl source READ source NOTIFY currentChanged)
    Q_PROPERTY(QString tipId READ tipId NOTIFY currentChanged)
    Q_PROPERTY(int seconds READ seconds NOTIFY currentChanged)

public:
    enum Kind { None, Video, Image, Tip };
    Q_ENUM(Kind)

    explicit AttractPlaylist(QObject *parent = nullptr);

    /// Replaces the items (ContentStore::attractPlaylist()). A running loop starts again at the
    /// first new item, or stops when there is none.
    void setItems(const QList<civic::AttractItem> &items);
    QList<civic::AttractItem> items() const { return m_items; }

    /// Multiplies every picture's and tip's seconds (tests run them in milliseconds).
    void setSecondsScale(double scale) { m_secondsScale = scale; }

    bool isRunning() const { return m_running; }
    int count() const { return static_cast<int>(m_items.size()); }
    /// The item on screen, -1 while stopped.
    int currentIndex() const { return m_index; }
    Kind kind() const;
    /// The current video or picture as a file URL; empty for a tip or while stopped.
    QUrl source() const;
    QString tipId() const;
    /// How long the current picture or tip stays (as written in the pack); 0 for a video.
    int seconds() const;

    /// Begins at the first item; does nothing while running or without items.
    Q_INVOKABLE void start();
    /// Ends the loop; the next start() begins at the first item again.
    Q_INVOKABLE void stop();
    /// The view's current video played to its end.
    Q_INVOKABLE void finished();
    /// The view could not show the current item (a media error, a tip it cannot find): skip it.
    Q_INVOKABLE void failed(const QString &why);

signals:
    void runningChanged();
    void itemsChanged();
    void currentChanged();
    /// An item begins, also the same one again in a loop of one: the view (re)starts its video.
    void entered();
    /// Every item failed one after the other and the loop stopped.
    void gaveUp();

private:
    void enter(int index);
    void advance();
    void setRunning(bool running);

    QList<civic::AttractItem> m_items;
    QTimer m_timer;
    double m_secondsScale = 1.0;
    int m_index = -1;
    int m_failuresInARow = 0;
    bool m_running = false;
    QSet<int> m_warned;  ///< items whose failure was logged: a broken file must not flood the log
};
