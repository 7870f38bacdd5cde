#pragma once

#include <QByteArray>
#include <QList>

class QPainter;
class QRectF;

namespace civic {

/// A QR code's modules, made with libqrencode: `size` x `size` squares, row by row.
class QrCode
{
public:
    /// Encodes `data` (bytes, typically UTF-8) with medium error correction; isNull() when it
    /// does not fit into a QR code.
    static QrCode encode(const QByteArray &data);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    /// Paints the code dark on light into `target`, with the four-module quiet zone readers need,
    /// each module an equal whole number of device pixels where `target` allows it, so the code
    /// stays sharp at any size.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace civic
