// build and inspect: the .ckpack archive staff sign and send to kiosks.
#include "commands.h"
#include "packarchive.h"
#include "packimporter.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace {

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', 1);
}

} // namespace

int buildCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a pack source and builds OUT.ckpack: one ZIP with a manifest of every file's path, size and "
        "SHA-256. Sign it next: civic-pack sign OUT.ckpack -s KEY."));
    parser.addHelpOption();
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")}, QStringLiteral("The archive to write."),
                                       QStringLiteral("OUT.ckpack"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The pack source folder."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOption))
        return failWith(Usage, QStringLiteral("build takes one folder and -o OUT.ckpack (see build --help)"));
    const QString dir = parser.positionalArguments().constFirst();
    const civic::ImportReport report = civic::PackImporter::validate(dir);
    for (const civic::PackIssue &issue : report.issues)
        printLine(stderr, issue.toString());
    if (!report.ok())
        return failWith(Refused, QStringLiteral("%1: not built, the pack has errors").arg(dir));

    QString error;
    auto manifest = civic::PackManifest::fromSource(dir, &error, civic::terminalProgress(QStringLiteral("Hashing")));
    if (!manifest)
        return failWith(Refused, error);
    manifest->id = report.meta->id;
    manifest->version = report.meta->version;
    manifest->created = report.meta->created;
    manifest->schema = report.meta->schema;
    error = civic::PackArchive::write(dir, *manifest, parser.value(outOption), civic::terminalProgress(QStringLiteral("Packing")));
    if (!error.isEmpty())
        return failWith(FileError, error);
    printLine(stdout, QStringLiteral("%1: pack %2 version %3, %4 files, %5")
                          .arg(parser.value(outOption), manifest->id, manifest->version)
                          .arg(manifest->files.size())
                          .arg(megabytes(manifest->totalSize())));
    return Ok;
}

int inspectCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads a .ckpack archive, checks every file against its manifest, and tells what it holds."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the summary as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("PACK"), QStringLiteral("The .ckpack archive."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return failWith(Usage, QStringLiteral("inspect takes one archive (see inspect --help)"));
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    const auto manifest = civic::PackArchive::extract(path, {}, &error);
    if (!manifest)
        return failWith(Refused, error);
    const bool signatureBeside = QFileInfo::exists(path + QStringLiteral(".minisig"));
    if (parser.isSet(jsonOption)) {
        printLine(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{
                                                              {QStringLiteral("id"), manifest->id},
                                                              {QStringLiteral("version"), manifest->version},
                                                              {QStringLiteral("created"), manifest->created.toUTC().toString(Qt::ISODate)},
                                                              {QStringLiteral("schema"), manifest->schema},
                                                              {QStringLiteral("files"), manifest->files.size()},
                                                              {QStringLiteral("bytes"), manifest->totalSize()},
                                                              {QStringLiteral("signatureBeside"), signatureBeside},
                                                          })
                                                .toJson()));
        return Ok;
    }
    printLine(stdout, QStringLiteral("Pack:      %1\nVersion:   %2\nCreated:   %3\nSchema:    %4\nFiles:     %5 (%6), all match the manifest\nSignature: %7")
                          .arg(manifest->id, manifest->version, manifest->created.toUTC().toString(Qt::ISODate))
                          .arg(manifest->schema)
                          .arg(manifest->files.size())
                          .arg(megabytes(manifest->totalSize()))
                          .arg(signatureBeside ? QStringLiteral("%1.minisig beside it (check it with civic-pack verify)").arg(QFileInfo(path).fileName())
                                               : QStringLiteral("none beside it")));
    return Ok;
}
