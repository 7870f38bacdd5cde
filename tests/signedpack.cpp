#include "signedpack.h"

#include "packarchive.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

QString buildSignedArchive(const QString &sourceDir, const QString &archivePath, const civic::minisign::SecretKey &key)
{
    QString error;
    auto manifest = civic::PackManifest::fromSource(sourceDir, &error);
    if (!manifest)
        qFatal("%s", qPrintable(error));
    QFile metaFile(sourceDir + QStringLiteral("/pack.json"));
    if (!metaFile.open(QIODevice::ReadOnly))
        qFatal("no pack.json in %s", qPrintable(sourceDir));
    const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
    manifest->id = meta.value(QStringLiteral("id")).toString();
    manifest->version = meta.value(QStringLiteral("version")).toString();
    manifest->created = QDateTime::fromString(meta.value(QStringLiteral("created")).toString(), Qt::ISODate);
    manifest->schema = meta.value(QStringLiteral("schema")).toInt();
    error = civic::PackArchive::write(sourceDir, *manifest, archivePath);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    QFile archive(archivePath);
    archive.open(QIODevice::ReadOnly);
    const auto signature = civic::minisign::sign(key, archive, QStringLiteral("test"));
    QFile signatureFile(archivePath + QStringLiteral(".minisig"));
    if (!signature || !signatureFile.open(QIODevice::WriteOnly))
        qFatal("cannot sign %s", qPrintable(archivePath));
    signatureFile.write(signature->fileText());
    return archivePath;
}
