// civic-pack export-html as staff run it, on the default pack: the files of the site, and what
// makes it accessible (language and direction, alt texts, headings in order, a skip link, links
// that lead somewhere), checked on every page with an XML parser.
#include "exporthtmlmarkdown.h"
#include "programrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

/// What the checks need of one page.
struct Page {
    QString error;  ///< the XML parser's; empty when the page is well-formed
    QString lang;
    QString xmlLang;
    QString dir;
    QList<int> headings;
    QStringList h1;
    int imagesWithoutAlt = 0;
    QStringList links;      ///< every href and src
    QStringList resources;  ///< what a browser loads by itself: img and video src, link href
    QSet<QString> ids;
    QStringList landmarks;  ///< header, nav, main and footer, in order
    QString firstLink;
    QStringList forbidden;  ///< script elements and on... attributes
    QString text;
};

Page parse(const QString &path)
{
    Page page;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        page.error = u"cannot read"_s;
        return page;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters) {
            page.text += xml.text();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == u"html"_s) {
            page.lang = attributes.value(u"lang"_s).toString();
            page.xmlLang = attributes.value(u"xml:lang"_s).toString();
            page.dir = attributes.value(u"dir"_s).toString();
        }
        if (static const QRegularExpression heading(u"^h([1-6])$"_s); heading.match(name).hasMatch()) {
            page.headings.append(name.mid(1).toInt());
            if (name == u"h1"_s)
                page.h1.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        if (name == u"img"_s && !attributes.hasAttribute(u"alt"_s))
            ++page.imagesWithoutAlt;
        if (QStringList{u"header"_s, u"nav"_s, u"main"_s, u"footer"_s}.contains(name))
            page.landmarks.append(name);
        if (name == u"a"_s && page.firstLink.isNull())
            page.firstLink = attributes.value(u"href"_s).toString();
        if (name == u"script"_s)
            page.forbidden.append(name);
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QString attributeName = attribute.qualifiedName().toString();
            if (attributeName.startsWith(u"on"_s))
                page.forbidden.append(attributeName);
            if (attributeName == u"id"_s)
                page.ids.insert(attribute.value().toString());
            if (attributeName == u"href"_s || attributeName == u"src"_s) {
                page.links.append(attribute.value().toString());
                if (name != u"a"_s)
                    page.resources.append(attribute.value().toString());
            }
        }
    }
    if (xml.hasError())
        page.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return page;
}

QJsonObject packJson(const QString &relative)
{
    QFile file(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList itemIds(const QString &file)
{
    QStringList ids;
    for (const QJsonValue item : packJson(file).value(u"items"_s).toArray())
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}

QStringList fileIds(const QString &folder)
{
    QStringList ids;
    for (const QString &name : QDir(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE "/") + folder).entryList({u"*.json"_s}, QDir::Files))
        ids.append(name.chopped(5));
    return ids;
}

/// The day the default pack was made: a fixed day, so that validity windows give the same site
/// on every day the test runs.
QString packDay()
{
    return packJson(u"pack.json"_s).value(u"created"_s).toString().left(10);
}

ProgramRun exportHtml(const QString &pack, const QString &out, const QStringList &options = {})
{
    return runProgram(u"civic-pack"_s, QStringList{u"export-html"_s, pack, out, u"--date"_s, packDay()} + options);
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString withoutNewlines(QString html)
{
    return html.remove(u'\n');
}

} // namespace

class TestExportHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(u"site"_s);
        const ProgramRun run = exportHtml(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE), m_site);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"pages in 6 languages"_s), qPrintable(run.out));
        for (const QJsonValue language : packJson(u"pack.json"_s).value(u"languages"_s).toArray())
            m_languages.append(language.toString());
        for (const QString &file : filesUnder(m_site)) {
            if (file.endsWith(u".html"_s))
                m_pages.insert(file, parse(QDir(m_site).filePath(file)));
        }
    }

    void writesAPagePerItemInEveryLanguage()
    {
        QVERIFY(QFile::exists(m_dir.filePath(u"site/index.html"_s)));
        QVERIFY(QFile::exists(m_dir.filePath(u"site/style.css"_s)));
        QVERIFY(QFile::exists(m_dir.filePath(u"site/media/emblem.svg"_s)));
        const QList<std::pair<QString, QStringList>> kinds{
            {u"sections"_s, itemIds(u"sections.json"_s)}, {u"tips"_s, fileIds(u"tips"_s)},
            {u"projects"_s, fileIds(u"projects"_s)},      {u"contacts"_s, itemIds(u"contacts.json"_s)},
            {u"districts"_s, itemIds(u"districts.json"_s)}, {u"pages"_s, fileIds(u"pages"_s)}};
        QCOMPARE(m_languages.size(), 6);
        for (const QString &language : m_languages) {
            QVERIFY2(m_pages.contains(language + u"/index.html"_s), qPrintable(language));
            for (const auto &[kind, ids] : kinds) {
                QVERIFY2(!ids.isEmpty(), qPrintable(kind));
                for (const QString &id : ids) {
                    const QString path = u"%1/%2/%3.html"_s.arg(language, kind, id);
                    QVERIFY2(m_pages.contains(path), qPrintable(path));
                }
            }
        }
    }

    void everyPageIsWellFormed()
    {
        QVERIFY(m_pages.size() > 500);
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            QVERIFY2(it->error.isEmpty(), qPrintable(it.key() + u": "_s + it->error));
    }

    void pagesDeclareLanguageAndDirection()
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            const QString language = it.key().contains(u'/') ? it.key().section(u'/', 0, 0)
                                                             : packJson(u"pack.json"_s).value(u"defaultLanguage"_s).toString();
            QCOMPARE(it->lang, language);
            QCOMPARE(it->xmlLang, language);
            QCOMPARE(it->dir, language == u"ar"_s ? u"rtl"_s : u"ltr"_s);
        }
    }

    void everyImageHasAlt()
    {
        int pagesWithImages = 0;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            QVERIFY2(it->imagesWithoutAlt == 0, qPrintable(it.key()));
            pagesWithImages += !it->resources.filter(u"/media/"_s).isEmpty();
        }
        QVERIFY(pagesWithImages > 100);
    }

    void internalLinksResolve()
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            const QString from = QFileInfo(QDir(m_site).filePath(it.key())).absolutePath();
            for (const QString &link : it->links) {
                if (link.startsWith(u"tel:"_s) || link.startsWith(u"mailto:"_s) || link.startsWith(u"https://"_s))
                    continue;
                const QString file = link.section(u'#', 0, 0);
                const QString fragment = link.section(u'#', 1);
                const QString target = file.isEmpty() ? QDir(m_site).filePath(it.key()) : QDir::cleanPath(from + u'/' + file);
                const QString message = it.key() + u": "_s + link;
                QVERIFY2(target.startsWith(m_site + u'/') && QFileInfo(target).isFile(), qPrintable(message));
                if (!fragment.isEmpty())
                    QVERIFY2(m_pages.value(QDir(m_site).relativeFilePath(target)).ids.contains(fragment), qPrintable(message));
            }
        }
    }

    void headingsDoNotSkipLevels()
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            QVERIFY2(!it->headings.isEmpty() && it->headings.first() == 1, qPrintable(it.key()));
            QVERIFY2(it->h1.size() == 1, qPrintable(it.key()));
            for (qsizetype i = 1; i < it->headings.size(); ++i)
                QVERIFY2(it->headings.at(i) <= it->headings.at(i - 1) + 1, qPrintable(it.key()));
        }
    }

    void pagesHaveSkipLinkAndLandmarks()
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (!it.key().contains(u'/'))
                continue;  // the language chooser above the language folders is only a list
            QCOMPARE(it->firstLink, u"#main"_s);
            QVERIFY2(it->ids.contains(u"main"_s), qPrintable(it.key()));
            QCOMPARE(it->landmarks, (QStringList{u"header"_s, u"nav"_s, u"nav"_s, u"main"_s, u"footer"_s}));
        }
    }

    void noScriptAndNothingFromOtherSites()
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            QVERIFY2(it->forbidden.isEmpty(), qPrintable(it.key() + u": "_s + it->forbidden.join(u", "_s)));
            for (const QString &resource : it->resources)
                QVERIFY2(!resource.contains(u':') && !resource.startsWith(u'/'), qPrintable(it.key() + u": "_s + resource));
        }
        QFile css(m_dir.filePath(u"site/style.css"_s));
        QVERIFY(css.open(QIODevice::ReadOnly));
        const QByteArray style = css.readAll();
        QVERIFY(!style.contains("url(") && !style.contains("@import"));
    }

    void tipTitleAndPhoneNumbersAppear()
    {
        const QJsonObject tip = packJson(u"tips/burglary-lock-twice.json"_s);
        for (const QString &language : m_languages) {
            const Page page = m_pages.value(language + u"/tips/burglary-lock-twice.html"_s);
            const QString title = tip.value(u"title"_s).toObject().value(language).toString();
            QVERIFY2(!title.isEmpty(), qPrintable(language));
            QCOMPARE(page.h1, QStringList{title});
            QVERIFY(page.links.contains(u"tel:110"_s));  // the emergency strip
        }
        // Every number of every contact, as dialled, on the contact's page.
        for (const QJsonValue value : packJson(u"contacts.json"_s).value(u"items"_s).toArray()) {
            const QJsonObject contact = value.toObject();
            const Page page = m_pages.value(u"de/contacts/%1.html"_s.arg(contact.value(u"id"_s).toString()));
            for (const QString &number : contact.value(u"phone"_s).toString().split(u'·', Qt::SkipEmptyParts)) {
                QVERIFY2(page.text.contains(number.trimmed()), qPrintable(number));
                const QString href = u"tel:"_s + QString(number).remove(QRegularExpression(u"[^0-9+]"_s));
                QVERIFY2(page.links.contains(href), qPrintable(href));
            }
        }
        // The police advice centre, an office, on the index as dialled: "0711 8990-1241".
        QVERIFY(m_pages.value(u"de/index.html"_s).links.contains(u"tel:071189901241"_s));
    }

    void kioskWordsAreTranslated()
    {
        // The kiosk's own translations are built into civic-pack: its words, not English.
        QVERIFY(m_pages.value(u"de/index.html"_s).text.contains(u"Was möchten Sie wissen?"_s));
        QVERIFY(m_pages.value(u"en/index.html"_s).text.contains(u"What would you like to know?"_s));
        QVERIFY(!m_pages.value(u"tr/index.html"_s).text.contains(u"What would you like to know?"_s));
    }

    void untranslatedTextIsMarkedWithItsLanguage()
    {
        // A tip without a Ukrainian title is shown in German, as on the kiosk, marked lang="de"
        // for screen readers, with the kiosk's note.
        QString id;
        for (const QString &tip : fileIds(u"tips"_s)) {
            if (!packJson(u"tips/%1.json"_s.arg(tip)).value(u"title"_s).toObject().contains(u"uk"_s)) {
                id = tip;
                break;
            }
        }
        if (id.isEmpty())
            QSKIP("every tip of the default pack has a Ukrainian title");
        QFile file(m_dir.filePath(u"site/uk/tips/%1.html"_s.arg(id)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.contains(u"<h1 lang=\"de\" dir=\"ltr\">"_s), qPrintable(id));
        QVERIFY(html.contains(u"class=\"fallback-note\""_s));
    }

    void styleSheetHasThemeColours()
    {
        QFile theme(QStringLiteral(CIVIC_SOURCE_DIR "/qml/Theme.qml"));
        QFile css(m_dir.filePath(u"site/style.css"_s));
        QVERIFY(theme.open(QIODevice::ReadOnly) && css.open(QIODevice::ReadOnly));
        const QString style = QString::fromUtf8(css.readAll());
        const qsizetype split = style.indexOf(u"@media (prefers-contrast: more)"_s);
        QVERIFY(split > 0);
        const QString normal = style.left(split);
        const QString highContrast = style.mid(split);
        static const QRegularExpression token(
            u"readonly property color (\\w+): (?:highContrast \\? \"(#\\w+)\" : )?\"(#\\w+)\""_s);
        int checked = 0;
        for (auto match = token.globalMatch(QString::fromUtf8(theme.readAll())); match.hasNext();) {
            const QRegularExpressionMatch colour = match.next();
            // The translucent layer behind the kiosk's sheets has no place on a web page.
            if (colour.captured(1) == u"scrim"_s)
                continue;
            const QString name = u"--"_s + colour.captured(1).replace(QRegularExpression(u"([A-Z])"_s), u"-\\1"_s).toLower();
            const QString contrast = colour.captured(2).isEmpty() ? colour.captured(3) : colour.captured(2);
            QVERIFY2(normal.contains(u"%1: %2;"_s.arg(name, colour.captured(3))), qPrintable(name));
            QVERIFY2(highContrast.contains(u"%1: %2;"_s.arg(name, contrast)), qPrintable(name));
            ++checked;
        }
        QVERIFY(checked >= 14);
    }

    void compiledPackGivesTheSameSite()
    {
        const QString out = m_dir.filePath(u"compiled"_s);
        const ProgramRun run = exportHtml(QStringLiteral(CIVIC_DEFAULT_PACK_DIR), out);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files = filesUnder(out);
        QCOMPARE(files, filesUnder(m_site));
        for (const QString &file : files) {
            QFile a(QDir(out).filePath(file));
            QFile b(QDir(m_site).filePath(file));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(file));
        }
    }

    void refusesAnOutDirThatIsNotEmpty()
    {
        const QString out = m_dir.filePath(u"occupied"_s);
        QVERIFY(QDir().mkpath(out));
        QFile other(out + u"/notes.txt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly) && other.write("mine") == 4);
        other.close();
        ProgramRun run = exportHtml(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE), out);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"exists and is not empty"_s), qPrintable(run.err));
        // --force replaces only an earlier export, never a folder of other files.
        run = exportHtml(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE), out, {u"--force"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"is not an earlier export"_s), qPrintable(run.err));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"notes.txt"_s});
    }

    void forceReplacesAnEarlierExport()
    {
        const QString out = m_dir.filePath(u"again"_s);
        QVERIFY(exportHtml(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE), out).exitCode == 0);
        QFile stale(out + u"/de/tips/removed-tip.html"_s);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QCOMPARE(exportHtml(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE), out).exitCode, 3);
        const ProgramRun run = exportHtml(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE), out, {u"--force"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(stale.fileName()));
        QCOMPARE(filesUnder(out), filesUnder(m_site));
    }

    void badPackIsReportedPerField()
    {
        QTemporaryDir pack;
        QFile json(pack.filePath(u"pack.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"schema": 1, "id": "Bad Id"})");
        json.close();
        const QString out = m_dir.filePath(u"never"_s);
        const ProgramRun run = exportHtml(pack.path(), out);
        QCOMPARE(run.exitCode, 1);
        // The messages of validate and compile, "file: field: what", every one of them.
        QVERIFY2(run.err.contains(u"pack.json: id: 'Bad Id'"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"pack.json: version: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"sections.json: "_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("escaped") << "Tom & Jerry: 1 < 2 > 0 \"quoted\"" << "<p>Tom &amp; Jerry: 1 &lt; 2 &gt; 0 &quot;quoted&quot;</p>";
        QTest::newRow("emphasis") << "**bold** and *slanted*" << "<p><strong>bold</strong> and <em>slanted</em></p>";
        QTest::newRow("link") << "[the city](https://www.stuttgart.de)" << "<p><a href=\"https://www.stuttgart.de\">the city</a></p>";
        QTest::newRow("bold link") << "[**the** city](https://www.stuttgart.de)"
                                   << "<p><a href=\"https://www.stuttgart.de\"><strong>the</strong> city</a></p>";
        QTest::newRow("script link") << "[click](javascript:alert(1))" << "<p>click</p>";
        QTest::newRow("nested list") << "- a\n  - b\n- c" << "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>";
        QTest::newRow("item of two paragraphs") << "- one\n\n  more\n  - deep\n- two"
                                                << "<ul><li>one<p>more</p><ul><li>deep</li></ul></li><li>two</li></ul>";
        QTest::newRow("numbered") << "1. a\n2. b\n\nafter" << "<ol><li>a</li><li>b</li></ol><p>after</p>";
        QTest::newRow("headings follow the page's") << "### Why\n\ntext\n\n#### How" << "<h2>Why</h2><p>text</p><h3>How</h3>";
        QTest::newRow("no skipped level") << "# A\n\n### B" << "<h2>A</h2><h3>B</h3>";
        // Qt 6.4 makes a new block of a hard line break: on the kiosk, too, it starts a new paragraph.
        QTest::newRow("line break") << "one  \ntwo" << "<p>one</p><p>two</p>";
        QTest::newRow("quote") << "> said\n\nthen" << "<blockquote><p>said</p></blockquote><p>then</p>";
    }

    void markdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(withoutNewlines(markdownToHtml(markdown, 1)), html);
    }

private:
    QTemporaryDir m_dir;
    QString m_site;
    QStringList m_languages;
    QMap<QString, Page> m_pages;
};

QTEST_GUILESS_MAIN(TestExportHtml)
#include "tst_exporthtml.moc"
