#include "attractplaylist.h"

#include <cmath>

AttractPlaylist::AttractPlaylist(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_failuresInARow = 0;
        advance();
    });
}

void AttractPlaylist::setItems(const QList<civic::AttractItem> &items)
{
    m_timer.stop();
    m_items = items;
    m_warned.clear();
    m_failuresInARow = 0;
    // A running loop goes straight on with the new items, without a moment of "not running"
    // that a view could take for a visitor's touch.
    if (m_running && !m_items.isEmpty())
        enter(0);
    else
        stop();
    emit itemsChanged();
}

AttractPlaylist::Kind AttractPlaylist::kind() const
{
    if (m_index < 0)
        return None;
    switch (m_items.at(m_index).kind) {
    case civic::AttractItem::Kind::Video:
        return Video;
    case civic::AttractItem::Kind::Image:
        return Image;
    case civic::AttractItem::Kind::Tip:
        return Tip;
    }
    return None;
}

QUrl AttractPlaylist::source() const
{
    if (m_index < 0 || m_items.at(m_index).path.isEmpty())
        return {};
    return QUrl::fromLocalFile(m_items.at(m_index).path);
}

QString AttractPlaylist::tipId() const
{
    return m_index < 0 ? QString() : m_items.at(m_index).tipId;
}

int AttractPlaylist::seconds() const
{
    return m_index < 0 ? 0 : m_items.at(m_index).seconds;
}

void AttractPlaylist::start()
{
    if (m_running || m_items.isEmpty())
        return;
    m_failuresInARow = 0;
    setRunning(true);
    enter(0);
}

void AttractPlaylist::stop()
{
    m_timer.stop();
    if (!m_running)
        return;
    m_index = -1;
    setRunning(false);
    emit currentChanged();
}

void AttractPlaylist::finished()
{
    // A picture or a tip keeps its own time: a late "ended" from the video before must not cut
    // it short.
    if (!m_running || kind() != Video)
        return;
    m_failuresInARow = 0;
    advance();
}

void AttractPlaylist::failed(const QString &why)
{
    if (!m_running)
        return;
    if (!m_warned.contains(m_index)) {
        m_warned.insert(m_index);
        const civic::AttractItem &item = m_items.at(m_index);
        qWarning("attract loop: skips item %d (%s): %s", m_index,
                 qPrintable(item.path.isEmpty() ? item.tipId : item.path), qPrintable(why));
    }
    m_timer.stop();
    // Once every item has failed in a row, going round again would only fail again, as fast as
    // the media backend can say so.
    if (++m_failuresInARow >= m_items.size()) {
        qWarning("attract loop: every item failed; it stops");
        stop();
        emit gaveUp();
        return;
    }
    advance();
}

void AttractPlaylist::enter(int index)
{
    m_index = index;
    m_timer.stop();
    const civic::AttractItem &item = m_items.at(index);
    if (item.kind != civic::AttractItem::Kind::Video)
        m_timer.start(static_cast<int>(std::lround(item.seconds * 1000 * m_secondsScale)));
    emit currentChanged();
    emit entered();
}

void AttractPlaylist::advance()
{
    enter((m_index + 1) % count());
}

void AttractPlaylist::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged();
}
