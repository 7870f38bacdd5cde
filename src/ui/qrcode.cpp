#include "qrcode.h"

#include <QPainter>
#include <QRectF>

#include <qrencode.h>

#include <cmath>
#include <memory>

namespace civic {

namespace {
constexpr int kQuietZone = 4;
}

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode code;
    if (data.isEmpty())
        return code;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    code.m_modules.reserve(code.m_size * code.m_size);
    for (int i = 0; i < code.m_size * code.m_size; ++i)
        code.m_modules.append((encoded->data[i] & 1) != 0);  // bit 0: dark module
    return code;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    const int modules = m_size + 2 * kQuietZone;
    const qreal side = std::min(target.width(), target.height());
    // Whole pixels per module when there is room for at least one: no blurred edges.
    const qreal unit = side >= modules ? std::floor(side / modules) : side / modules;
    const qreal drawn = unit * modules;
    const QPointF origin(std::round(target.x() + (target.width() - drawn) / 2),
                         std::round(target.y() + (target.height() - drawn) / 2));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(drawn, drawn)), Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter.fillRect(QRectF(origin.x() + (x + kQuietZone) * unit, origin.y() + (y + kQuietZone) * unit,
                                        unit, unit),
                                 Qt::black);
        }
    }
    painter.restore();
}

} // namespace civic
