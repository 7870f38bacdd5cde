// publish: turns a pack archive into a channel any static web server can serve.
#include "channelindex.h"
#include "commands.h"
#include "keyfiles.h"
#include "packarchive.h"
#include "packversion.h"
#include "terminalprogress.h"
#include "sha256.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

int publishCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Publishes a pack archive to a channel folder: content-addressed blobs/sha256/..., a signed manifest\n"
        "in manifests/, and a signed latest.json that tells kiosks which version is current until it expires.\n"
        "Copy the folder to any static web server or S3 bucket; kiosks fetch only the files they lack.\n"
        "Publish again (even the same pack) before --valid-days run out, or kiosks stop trusting the channel."));
    parser.addHelpOption();
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("The channel folder."), QStringLiteral("DIR"));
    const QCommandLineOption channelOption(QStringLiteral("channel"), QStringLiteral("The channel's name, as in the kiosks' config."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption secretOption(QStringLiteral("s"), QStringLiteral("Secret key to sign with."), QStringLiteral("KEY"));
    const QCommandLineOption validOption(QStringLiteral("valid-days"), QStringLiteral("How long latest.json holds (default 30)."),
                                         QStringLiteral("DAYS"), QStringLiteral("30"));
    parser.addOptions({toOption, channelOption, secretOption, validOption});
    parser.addPositionalArgument(QStringLiteral("PACK"), QStringLiteral("The .ckpack archive to publish."));
    parser.process(arguments);
    bool daysOk = false;
    const int days = parser.value(validOption).toInt(&daysOk);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(toOption) || !parser.isSet(channelOption)
        || !parser.isSet(secretOption) || !daysOk || days < 1 || days > 366)
        return failWith(Usage, QStringLiteral("publish takes PACK, --to DIR, --channel NAME, -s KEY and "
                                              "--valid-days 1 to 366 (see publish --help)"));
    const QString archive = parser.positionalArguments().constFirst();
    const QDir channel(parser.value(toOption));

    QString error;
    QTemporaryDir unpacked;
    const QString files = unpacked.filePath(QStringLiteral("pack"));
    auto manifest = civic::PackArchive::extract(archive, files, &error);
    if (!manifest)
        return failWith(Refused, error);
    manifest->channel = parser.value(channelOption);

    // A channel never goes back: kiosks would refuse an older version anyway.
    if (const auto current = readSmallFile(channel.filePath(QStringLiteral("latest.json")), &error)) {
        if (const auto index = civic::ChannelIndex::fromJson(*current, &error);
            index && index->id == manifest->id && civic::compareVersions(manifest->version, index->version) < 0)
            return failWith(Refused, QStringLiteral("the channel has version %1 already; kiosks refuse older versions")
                                         .arg(index->version));
    }
    bool unreadable = false;
    const auto key = loadSecretKey(parser.value(secretOption), &error, &unreadable);
    if (!key)
        return failWith(unreadable ? FileError : Refused, error);
    // An archive signed before (by this key) must still be what was signed: publishing re-signs
    // its contents for the whole fleet.
    if (const auto signatureText = readSmallFile(archive + QStringLiteral(".minisig"), &error)) {
        QFile file(archive);
        const auto signature = civic::minisign::Signature::parse(*signatureText, &error);
        if (!signature || !file.open(QIODevice::ReadOnly) || !civic::minisign::verify(*signature, {key->publicKey()}, file, &error))
            return failWith(Refused, QStringLiteral("%1: not published: its signature does not hold: %2").arg(archive, error));
    }

    // Blobs first, the manifest next, latest.json last: a kiosk reading the channel meanwhile
    // finds either the old version complete or the new one complete.
    const QString blobs = channel.filePath(QStringLiteral("blobs/sha256"));
    if (!QDir().mkpath(blobs) || !QDir().mkpath(channel.filePath(QStringLiteral("manifests"))))
        return failWith(FileError, QStringLiteral("%1: cannot be written").arg(channel.path()));
    qsizetype added = 0;
    qint64 copied = 0;
    const auto progress = civic::terminalProgress(QStringLiteral("Publishing"));
    for (const civic::ManifestFile &file : std::as_const(manifest->files)) {
        copied += file.size;
        if (progress)
            progress(copied, manifest->totalSize());
        const QString blob = QDir(blobs).filePath(QString::fromLatin1(file.sha256));
        if (QFileInfo::exists(blob))
            continue;
        QFile::remove(blob + QStringLiteral(".part"));
        if (!QFile::copy(QDir(files).filePath(file.path), blob + QStringLiteral(".part"))
            || !QFile::rename(blob + QStringLiteral(".part"), blob))
            return failWith(FileError, QStringLiteral("%1: cannot be written").arg(blob));
        ++added;
    }
    const QString manifestPath = QStringLiteral("manifests/%1-%2.json").arg(manifest->id, manifest->version);
    const QByteArray manifestJson = manifest->toJson();
    const QString comment = QStringLiteral("channel:%1\tpack:%2\tversion:%3").arg(manifest->channel, manifest->id, manifest->version);
    if (!writeFile(channel.filePath(manifestPath), manifestJson, &error)
        || !signFile(*key, channel.filePath(manifestPath), comment, &error))
        return failWith(FileError, error);

    civic::ChannelIndex index;
    index.channel = manifest->channel;
    index.id = manifest->id;
    index.version = manifest->version;
    index.manifestPath = manifestPath;
    index.manifestSize = manifestJson.size();
    index.manifestSha256 = civic::Sha256::hexOf(manifestJson);
    index.published = QDateTime::currentDateTimeUtc();
    index.expires = index.published.addDays(days);
    // latest.json is written whole and signed under a new name, then both are renamed in.
    const QString latest = channel.filePath(QStringLiteral("latest.json"));
    if (!writeFile(latest + QStringLiteral(".new"), index.toJson(), &error)
        || !signFile(*key, latest + QStringLiteral(".new"), comment, &error, latest + QStringLiteral(".minisig.new")))
        return failWith(FileError, error);
    QFile::remove(latest + QStringLiteral(".minisig"));
    QFile::remove(latest);
    if (!QFile::rename(latest + QStringLiteral(".minisig.new"), latest + QStringLiteral(".minisig"))
        || !QFile::rename(latest + QStringLiteral(".new"), latest))
        return failWith(FileError, QStringLiteral("%1: cannot be written").arg(latest));
    printLine(stdout, QStringLiteral("%1: pack %2 version %3 published to channel %4 (%5 new file(s)); valid until %6")
                          .arg(channel.path(), manifest->id, manifest->version, manifest->channel)
                          .arg(added)
                          .arg(index.expires.toString(Qt::ISODate)));
    return Ok;
}
