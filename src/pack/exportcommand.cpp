// export-html: a pack as a static, accessible web site, for staff to review a pack in a browser
// and for the city's web site.
#include "commands.h"
#include "contentstore.h"
#include "exporthtmlpage.h"
#include "exporthtmlsite.h"
#include "exporthtmlstyle.h"
#include "packarchive.h"
#include "packlocator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

// Written into every export, so that --force replaces an earlier export and never a folder of
// other files that a mistyped OUT_DIR happened to name.
constexpr QLatin1StringView kMarker(".civic-pack-export");

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = u"%1: cannot be written: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool copyMedia(const QString &packDir, const QString &target, QString *error)
{
    const QDir pack(packDir);
    QDirIterator it(pack.filePath(u"media"_s), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // As the importer: a link could point anywhere on the machine.
        if (it.fileInfo().isSymLink() || it.fileName().startsWith(u'.'))
            continue;
        const QString destination = QDir(target).filePath(pack.relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()) || !QFile::copy(path, destination)) {
            *error = u"%1: cannot be copied to %2"_s.arg(path, destination);
            return false;
        }
    }
    return true;
}

/// Writes the whole site into `dir`; returns the number of pages, or -1 with `error` set.
int writeSite(const civic::ContentStore &store, const QString &packDir, const QString &dir, QString *error)
{
    int pages = 0;
    if (!writeBytes(QDir(dir).filePath(u"index.html"_s), languageChooser(store), error)
        || !writeBytes(QDir(dir).filePath(u"style.css"_s), siteStyleSheet(), error)
        || !writeBytes(QDir(dir).filePath(kMarker), u"%1 %2\n"_s.arg(store.info().id, store.info().version).toUtf8(), error)
        || !copyMedia(packDir, dir, error))
        return -1;
    for (const QString &language : store.info().languages) {
        const QMap<QString, QByteArray> files = LanguagePages(store, language).files();
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            if (!writeBytes(QDir(dir).filePath(language + u'/' + it.key()), it.value(), error))
                return -1;
            pages += it.key().endsWith(u".html"_s);
        }
    }
    return pages;
}

/// Puts the finished `staging` folder in the place of `target`, which may exist.
bool replaceFolder(QTemporaryDir &staging, const QString &target, QString *error)
{
    // QTemporaryDir makes its folder readable by its owner only; a web server must read it too.
    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString old = staging.path() + u"-old"_s;
    const bool existed = QFileInfo(target).isDir();
    if (existed && !QDir().rename(target, old)) {
        *error = u"%1: cannot be replaced"_s.arg(target);
        return false;
    }
    if (!QDir().rename(staging.path(), target)) {
        if (existed)
            QDir().rename(old, target);
        *error = u"%1: cannot be written"_s.arg(target);
        return false;
    }
    staging.setAutoRemove(false);
    if (existed)
        QDir(old).removeRecursively();
    return true;
}

} // namespace

int exportHtmlCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a pack as a static web site: a folder per language with a page per\n"
                                     "section, tip, project, contact, district and information page, the pack's media\n"
                                     "and one style sheet. No JavaScript and nothing from other sites: open\n"
                                     "OUT_DIR/index.html in a browser, or copy OUT_DIR to a web server."_s);
    parser.addHelpOption();
    const QCommandLineOption forceOption(u"force"_s, u"Replace OUT_DIR when it holds an earlier export."_s);
    const QCommandLineOption dateOption(u"date"_s, u"Show what is valid on this day, as a kiosk would (default: today)."_s,
                                        u"YYYY-MM-DD"_s);
    parser.addOptions({forceOption, dateOption});
    parser.addPositionalArgument(u"PACK"_s, u"A pack source folder, a compiled pack folder (with content.db) or a .ckpack archive."_s);
    parser.addPositionalArgument(u"OUT_DIR"_s, u"The folder to write (must not exist or be empty)."_s);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QDate day = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (positional.size() != 2 || (parser.isSet(dateOption) && !day.isValid()))
        return failWith(Usage, u"export-html takes PACK, OUT_DIR and optionally --date YYYY-MM-DD (see export-html --help)"_s);
    QString packDir = positional.at(0);
    const QString target = QDir::cleanPath(positional.at(1));

    // Checked before the pack is read: a refusal should not wait for an import.
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && !targetInfo.isDir())
        return failWith(FileError, u"%1: exists and is not a folder"_s.arg(target));
    if (targetInfo.isDir() && !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (!parser.isSet(forceOption))
            return failWith(FileError, u"%1: exists and is not empty; choose a new folder, or --force to replace an earlier export"_s.arg(target));
        if (!QFileInfo(QDir(target).filePath(kMarker)).isFile())
            return failWith(FileError, u"%1: is not an earlier export (it has no %2); --force replaces only those"_s.arg(target, kMarker));
    }

    QString error;
    QTemporaryDir unpacked;
    if (QFileInfo(packDir).isFile()) {
        const QString files = unpacked.filePath(u"pack"_s);
        if (!civic::PackArchive::extract(packDir, files, &error))
            return failWith(Refused, error);
        packDir = files;
    }
    // The kiosk's own way in: content.db where the pack is compiled, else the source imported
    // and checked, every problem as "file: field: what".
    civic::PackLocator locator;
    civic::ContentStore store;
    if (!locator.open(packDir, store, &error)) {
        printLine(stderr, error);
        return Refused;
    }
    if (day.isValid())
        store.setToday(day);

    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return failWith(FileError, u"%1: cannot be made"_s.arg(parent));
    // Built beside the target and moved into place at the end: a failure leaves no half a site.
    QTemporaryDir staging(QDir(parent).filePath(u".%1-XXXXXX"_s.arg(QFileInfo(target).fileName())));
    if (!staging.isValid())
        return failWith(FileError, u"%1: cannot write there: %2"_s.arg(parent, staging.errorString()));
    const int pages = writeSite(store, packDir, staging.path(), &error);
    if (pages < 0 || !replaceFolder(staging, target, &error))
        return failWith(FileError, error);
    printLine(stdout, u"%1: %2 pages in %3 languages (%4 %5, as valid on %6). Open %1/index.html in a browser."_s
                          .arg(target)
                          .arg(pages)
                          .arg(store.info().languages.size())
                          .arg(store.info().id, store.info().version, store.today().toString(Qt::ISODate)));
    return Ok;
}
