#include "exporthtmlwriter.h"

using namespace Qt::StringLiterals;

namespace {

// Block elements start on a line of their own, so that the pages stay readable as source.
bool startsLine(const QString &tag)
{
    static const QStringList blocks{u"html"_s, u"head"_s, u"body"_s, u"header"_s, u"nav"_s, u"main"_s,
                                    u"footer"_s, u"section"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s,
                                    u"h4"_s, u"h5"_s, u"h6"_s, u"p"_s, u"ul"_s, u"ol"_s, u"li"_s,
                                    u"dl"_s, u"dt"_s, u"dd"_s, u"blockquote"_s, u"pre"_s, u"hr"_s,
                                    u"meta"_s, u"link"_s, u"title"_s, u"figure"_s};
    return blocks.contains(tag);
}

} // namespace

void HtmlWriter::open(const QString &tag, const Attributes &attributes)
{
    if (startsLine(tag) && !m_html.isEmpty() && !m_html.endsWith(u'\n'))
        m_html += u'\n';
    m_html += u'<' + tag;
    for (const auto &[name, value] : attributes)
        m_html += u' ' + name + u"=\""_s + escape(value) + u'"';
    m_html += u'>';
    m_open.append(tag);
}

void HtmlWriter::close()
{
    if (m_open.isEmpty())
        return;
    m_html += u"</"_s + m_open.takeLast() + u'>';
}

void HtmlWriter::element(const QString &tag, const QString &text, const Attributes &attributes)
{
    open(tag, attributes);
    this->text(text);
    close();
}

void HtmlWriter::empty(const QString &tag, const Attributes &attributes)
{
    open(tag, attributes);
    m_open.removeLast();
    m_html.chop(1);
    m_html += u"/>"_s;
}

void HtmlWriter::text(const QString &text)
{
    m_html += escape(text);
}

void HtmlWriter::raw(const QString &html)
{
    m_html += html;
}

QString HtmlWriter::html() const
{
    QString result = m_html;
    for (auto it = m_open.crbegin(); it != m_open.crend(); ++it)
        result += u"</"_s + *it + u'>';
    return result;
}

QString HtmlWriter::escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': escaped += u"&amp;"_s; break;
        case '<': escaped += u"&lt;"_s; break;
        case '>': escaped += u"&gt;"_s; break;
        case '"': escaped += u"&quot;"_s; break;
        case '\'': escaped += u"&#39;"_s; break;
        default:
            // Control characters are not allowed in XML; the importer lets none through, but a
            // page must stay well-formed whatever the database holds.
            if (c.unicode() >= 0x20 || c == u'\n' || c == u'\t')
                escaped += c;
        }
    }
    return escaped;
}

QString telephoneHref(const QString &number)
{
    QString href = u"tel:"_s;
    for (const QChar c : number) {
        if ((c >= u'0' && c <= u'9') || (c == u'+' && href.size() == 4))
            href += c;
    }
    return href;
}

QStringList phoneNumbers(const QString &phone)
{
    QStringList numbers;
    for (const QString &part : phone.split(u'·', Qt::SkipEmptyParts)) {
        if (const QString number = part.trimmed(); !number.isEmpty())
            numbers.append(number);
    }
    return numbers;
}
