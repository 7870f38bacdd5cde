#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// Builds HTML that is also well-formed XML (polyglot HTML5): every text and attribute value is
/// escaped and every element is closed, so nothing in a pack can become markup and every page
/// can be checked with an XML parser.
class HtmlWriter
{
public:
    using Attributes = QList<std::pair<QString, QString>>;

    /// Opens `tag`; close() ends it.
    void open(const QString &tag, const Attributes &attributes = {});
    /// Closes the element opened last.
    void close();
    /// `<tag>text</tag>`.
    void element(const QString &tag, const QString &text, const Attributes &attributes = {});
    /// An element that has no content, such as `<img/>`.
    void empty(const QString &tag, const Attributes &attributes = {});
    void text(const QString &text);
    /// Inserts HTML made by another HtmlWriter.
    void raw(const QString &html);

    /// The HTML so far, with every element still open closed.
    QString html() const;

    /// `text` with &, <, >, " and ' replaced, for element content and attribute values alike.
    static QString escape(const QString &text);

private:
    QString m_html;
    QStringList m_open;
};

/// The `tel:` link for a phone number as dialled from a German phone ("0711 8990-1241"): its
/// digits and a leading +, the separators left out.
QString telephoneHref(const QString &number);

/// The numbers in a contact's `phone` field: "0800 111 0 111 · 0800 111 0 222" is two.
QStringList phoneNumbers(const QString &phone);
