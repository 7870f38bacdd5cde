#include "qrcodeitem.h"

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    // Re-rendered at the item's real size, so the modules stay crisp when the canvas is scaled.
    setRenderTarget(QQuickPaintedItem::Image);
}

void QrCodeItem::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_code = civic::QrCode::encode(text.toUtf8());
    emit textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    m_code.paint(*painter, QRectF(0, 0, width(), height()));
}
