#pragma once

#include "qrcode.h"

#include <QQuickPaintedItem>

/// A QR code on screen: the text of `text` (a web address, a vCard) as UTF-8, drawn sharp at
/// the item's size. Accessible as an image named for what it holds.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool isValid() const { return !m_code.isNull(); }

    void paint(QPainter *painter) override;

signals:
    void textChanged();

private:
    QString m_text;
    civic::QrCode m_code;
};
