#include "exporthtmlmarkdown.h"

#include "exporthtmlwriter.h"

#include <QFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler previousHandler = nullptr;

// civic-pack has no QGuiApplication, so the Markdown importer finds no system font and warns
// about a pixel size of -1 for every document; nothing is wrong with the document. Only that
// warning is dropped, and only while a body is parsed.
void dropFontWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QFont::"_s))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

void parse(QTextDocument &document, const QString &markdown)
{
    previousHandler = qInstallMessageHandler(dropFontWarnings);
    document.setMarkdown(markdown);
    qInstallMessageHandler(previousHandler);
}

bool followable(const QString &href)
{
    const QString scheme = href.section(u':', 0, 0).toLower();
    return href.contains(u':') && (scheme == u"https"_s || scheme == u"http"_s || scheme == u"mailto"_s || scheme == u"tel"_s);
}

void writeFragmentText(HtmlWriter &out, const QString &text)
{
    // A hard line break is U+2028 in the document; a picture would be U+FFFC (the importer
    // refuses pictures in bodies, so there is nothing to show for one).
    const QStringList lines = QString(text).remove(QChar::ObjectReplacementCharacter).split(QChar::LineSeparator);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out.empty(u"br"_s);
        out.text(lines.at(i));
    }
}

void writeInline(HtmlWriter &out, const QTextBlock &block, bool heading)
{
    QString openHref;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        const QString href = format.isAnchor() && followable(format.anchorHref()) ? format.anchorHref() : QString();
        // Fragments split where the format changes; one link may span several of them.
        if (href != openHref) {
            if (!openHref.isEmpty())
                out.close();
            if (!href.isEmpty())
                out.open(u"a"_s, {{u"href"_s, href}});
            openHref = href;
        }
        int opened = 0;
        // Qt makes every heading bold; only emphasis the author wrote is kept.
        const auto wrap = [&](bool on, const QString &tag) {
            if (on) {
                out.open(tag);
                ++opened;
            }
        };
        wrap(!heading && format.fontWeight() > QFont::Medium, u"strong"_s);
        wrap(format.fontItalic(), u"em"_s);
        wrap(format.fontStrikeOut(), u"s"_s);
        wrap(format.fontFixedPitch(), u"code"_s);
        writeFragmentText(out, fragment.text());
        for (; opened > 0; --opened)
            out.close();
    }
    if (!openHref.isEmpty())
        out.close();
}

/// Turns the document's flat run of list blocks back into nested <ul>/<ol> elements.
class ListNesting
{
public:
    explicit ListNesting(HtmlWriter &out) : m_out(out) {}

    /// Ends every open list: the next block is not part of one.
    void closeAll()
    {
        while (!m_open.isEmpty())
            closeInnermost();
    }

    /// Opens the <li> for a block of `list`, closing and opening lists around it as needed.
    void startItem(QTextList *list)
    {
        const int indent = list->format().indent();
        closeDeeperThan(indent);
        while (!m_open.isEmpty() && m_open.last().indent == indent && m_open.last().list != list)
            closeInnermost();
        if (!m_open.isEmpty() && m_open.last().list == list) {
            m_out.close();  // the previous <li>
        } else {
            // A deeper list goes inside the <li> that is still open.
            // Numbered styles are ListDecimal and the ones after it (letters, Roman numerals).
            m_out.open(list->format().style() <= QTextListFormat::ListDecimal ? u"ol"_s : u"ul"_s);
            m_open.append({list, indent});
        }
        m_out.open(u"li"_s);
    }

    /// For a paragraph indented to a list's level (a second paragraph of an item): true when
    /// the item it belongs to is open, so the paragraph goes inside it.
    bool continueItem(int indent)
    {
        closeDeeperThan(indent);
        return !m_open.isEmpty() && m_open.last().indent == indent;
    }

private:
    struct Open {
        QTextList *list;
        int indent;
    };

    void closeDeeperThan(int indent)
    {
        while (!m_open.isEmpty() && m_open.last().indent > indent)
            closeInnermost();
    }

    void closeInnermost()
    {
        m_out.close();  // <li>
        m_out.close();  // <ul> or <ol>
        m_open.removeLast();
    }

    HtmlWriter &m_out;
    QList<Open> m_open;
};

} // namespace

QString markdownToHtml(const QString &markdown, int parentLevel)
{
    QTextDocument document;
    parse(document, markdown);

    int topLevel = 7;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            topLevel = std::min(topLevel, level);
    }

    HtmlWriter out;
    ListNesting lists(out);
    bool inQuote = false;
    int lastHeading = parentLevel;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const bool quoted = format.intProperty(QTextFormat::BlockQuoteLevel) > 0;
        if (quoted != inQuote) {
            lists.closeAll();
            if (quoted)
                out.open(u"blockquote"_s);
            else
                out.close();
            inQuote = quoted;
        }
        if (QTextList *list = block.textList()) {
            lists.startItem(list);
            writeInline(out, block, false);
            continue;
        }
        if (format.indent() > 0 && lists.continueItem(format.indent())) {
            out.open(u"p"_s);
            writeInline(out, block, false);
            out.close();
            continue;
        }
        lists.closeAll();
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            out.empty(u"hr"_s);
        } else if (block.text().trimmed().isEmpty()) {
            continue;
        } else if (const int level = format.headingLevel(); level > 0) {
            // The page's own headings come first: the body's top level goes one below them.
            const int html = std::min({parentLevel + 1 + level - topLevel, lastHeading + 1, 6});
            out.open(u"h"_s + QString::number(html));
            writeInline(out, block, true);
            out.close();
            lastHeading = html;
        } else if (format.nonBreakableLines()) {
            out.open(u"pre"_s);
            out.text(block.text().replace(QChar::LineSeparator, u'\n'));
            out.close();
        } else {
            out.open(u"p"_s);
            writeInline(out, block, false);
            out.close();
        }
    }
    lists.closeAll();
    if (inQuote)
        out.close();
    return out.html();
}
