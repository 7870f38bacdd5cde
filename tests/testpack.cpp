#include "testpack.h"

#include "packimporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

QString TestPack::sourceDir()
{
    return QStringLiteral(CIVIC_TEST_DATA_DIR "/minimal-pack");
}

TestPack::TestPack()
{
    QDirIterator it(sourceDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = m_dir.filePath(QDir(sourceDir()).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            qFatal("cannot copy test pack file %s", qPrintable(from));
    }
}

QJsonObject TestPack::readObject(const QString &relative) const
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestPack::writeObject(const QString &relative, const QJsonObject &object) const
{
    writeText(relative, QJsonDocument(object).toJson());
}

void TestPack::writeText(const QString &relative, const QByteArray &text) const
{
    QFile file(path(relative));
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(relative));
}

void TestPack::copyFile(const QString &from, const QString &relative) const
{
    QDir().mkpath(QFileInfo(path(relative)).absolutePath());
    QFile::remove(path(relative));
    if (!QFile::copy(from, path(relative)))
        qFatal("cannot copy %s to %s", qPrintable(from), qPrintable(relative));
}

QString TestPack::compile(const QString &target)
{
    const QString out = target.isEmpty() ? m_output.filePath(QStringLiteral("pack")) : target;
    const civic::ImportReport report = civic::PackImporter::compile(dir(), out);
    if (!report.ok())
        qFatal("test pack does not compile:\n%s", qPrintable(report.summary()));
    return QDir(out).filePath(QStringLiteral("content.db"));
}
