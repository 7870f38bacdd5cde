#pragma once

#include <QElapsedTimer>
#include <QObject>

/// Notices every touch, click and key press anywhere in the program: the one place that knows
/// whether somebody is at the screen.
class VisitorActivity : public QObject
{
    Q_OBJECT

public:
    explicit VisitorActivity(QObject *parent = nullptr);

    /// Milliseconds since the last touch (or since start).
    qint64 msSinceInput() const { return m_sinceInput.elapsed(); }

signals:
    void touched();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceInput;
};
