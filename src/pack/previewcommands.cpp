// init and preview: starting a pack, and seeing it as visitors will.
#include "commands.h"
#include "packarchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

int initCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a new pack source with one example of everything (section, tip, project, contacts, district,\n"
        "pages, pictures) and the JSON Schemas editors use for completion (in .schema/)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The folder to create (must not exist or be empty)."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return failWith(Usage, QStringLiteral("init takes one folder (see init --help)"));
    const QDir target(parser.positionalArguments().constFirst());
    if (target.exists() && !target.isEmpty())
        return failWith(FileError, QStringLiteral("%1: exists and is not empty; choose a new folder").arg(target.path()));
    for (const auto &[from, to] : {std::pair{QStringLiteral(":/template"), QString()},
                                   std::pair{QStringLiteral(":/schema"), QStringLiteral(".schema")}}) {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString relative = QDir(from).relativeFilePath(source);
            const QString destination = target.filePath(to.isEmpty() ? relative : to + u'/' + relative);
            QDir().mkpath(QFileInfo(destination).absolutePath());
            if (!QFile::copy(source, destination) || !QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther))
                return failWith(FileError, QStringLiteral("%1: cannot be written").arg(destination));
        }
    }
    printLine(stdout, QStringLiteral("%1: a new pack. Edit pack.json first (id, title, languages), then check it:\n"
                                     "  civic-pack validate %1\n  civic-pack preview %1")
                          .arg(target.path()));
    return Ok;
}

int previewCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opens the kiosk in a window on a pack source folder or a .ckpack archive."));
    parser.addHelpOption();
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("Start in this language."), QStringLiteral("LANG"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Screen size, e.g. 1920x1080."), QStringLiteral("WxH"));
    parser.addOptions({languageOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("DIR|PACK"), QStringLiteral("A pack source folder or a .ckpack archive."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return failWith(Usage, QStringLiteral("preview takes one folder or archive (see preview --help)"));
    const QString kiosk = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("civic-kiosk"));
    if (!QFileInfo(kiosk).isExecutable())
        return failWith(FileError, QStringLiteral("preview needs civic-kiosk beside civic-pack (%1)").arg(kiosk));
    QString dir = parser.positionalArguments().constFirst();
    QTemporaryDir unpacked;
    if (QFileInfo(dir).isFile()) {
        QString error;
        const QString target = unpacked.filePath(QStringLiteral("pack"));
        if (!civic::PackArchive::extract(dir, target, &error))
            return failWith(Refused, error);
        dir = target;
    }
    QStringList kioskArguments{QStringLiteral("--windowed"), QStringLiteral("--pack"), dir};
    if (parser.isSet(languageOption))
        kioskArguments << QStringLiteral("--language") << parser.value(languageOption);
    if (parser.isSet(sizeOption))
        kioskArguments << QStringLiteral("--size") << parser.value(sizeOption);
    // The kiosk checks the pack itself and shows what is wrong on its out-of-service screen.
    return QProcess::execute(kiosk, kioskArguments) == 0 ? Ok : Refused;
}
