#include "vcard.h"

#include "contentstore.h"

#include <QStringList>

namespace civic {

namespace {

// RFC 2426 §4: backslash, comma, semicolon and line breaks are escaped in text values.
QString escaped(QString text)
{
    text.replace(u'\\', QLatin1String("\\\\"));
    text.replace(u',', QLatin1String("\\,"));
    text.replace(u';', QLatin1String("\\;"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    text.replace(u'\n', QLatin1String("\\n"));
    return text;
}

// Folds after 75 octets with CRLF + space, never inside a UTF-8 sequence.
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    int width = 0;
    for (const char c : line) {
        const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
        if (width >= 75 && !continuation) {
            out += "\r\n ";
            width = 1;
        }
        out += c;
        ++width;
    }
    return out + "\r\n";
}

} // namespace

QByteArray contactVCard(const ContactRow &contact)
{
    QStringList lines{QStringLiteral("BEGIN:VCARD"), QStringLiteral("VERSION:3.0")};
    const QString name = escaped(contact.name.text);
    lines << QStringLiteral("FN:") + name << QStringLiteral("N:") + name + QStringLiteral(";;;;")
          << QStringLiteral("ORG:") + name;
    if (!contact.phone.isEmpty())
        lines << QStringLiteral("TEL;TYPE=VOICE:") + escaped(contact.phone);
    if (!contact.email.isEmpty())
        lines << QStringLiteral("EMAIL;TYPE=INTERNET:") + escaped(contact.email);
    if (!contact.address.isEmpty())
        lines << QStringLiteral("ADR;TYPE=WORK:;;") + escaped(contact.address) + QStringLiteral(";;;;");
    if (!contact.url.isEmpty())
        lines << QStringLiteral("URL:") + contact.url;
    lines << QStringLiteral("END:VCARD");

    QByteArray card;
    for (const QString &line : std::as_const(lines))
        card += folded(line.toUtf8());
    return card;
}

} // namespace civic
