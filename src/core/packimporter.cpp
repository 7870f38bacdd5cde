#include "packimporter.h"

#include "contentdbwriter.h"
#include "packreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace civic {

namespace {

ImportReport readSource(const QString &sourceDir, std::optional<PackContent> *content)
{
    PackReader reader(sourceDir);
    *content = reader.read();
    ImportReport report;
    report.issues = reader.issues();
    report.coverage = reader.coverage();
    std::stable_sort(report.issues.begin(), report.issues.end(), [](const PackIssue &a, const PackIssue &b) {
        return a.severity == PackIssue::Severity::Error && b.severity != PackIssue::Severity::Error;
    });
    if (*content)
        report.meta = (*content)->meta;
    return report;
}

// Puts `from` in the place of `to` in one step, so a reader sees the old file or the new one.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(from.utf16()), reinterpret_cast<const wchar_t *>(to.utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    // QFile::rename refuses to overwrite; rename(2) replaces atomically.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

void fail(ImportReport &report, const QString &file, const QString &message)
{
    report.issues.append({file, {}, message, PackIssue::Severity::Error});
    report.meta.reset();
}

bool copyTree(const QString &fromDir, const QString &to, QString *error)
{
    const QString from = QFileInfo(fromDir).absoluteFilePath();
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        // Links could point anywhere on the machine; a pack holds only its own files.
        if (info.isSymLink() || info.fileName().startsWith(u'.')
            || info.fileName() == QLatin1String(PackImporter::kDatabaseName))
            continue;
        const QString relative = QDir(from).relativeFilePath(path);
        const QString target = QDir(to).filePath(relative);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target)) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(relative, to);
            return false;
        }
    }
    return true;
}

} // namespace

QString ImportReport::summary() const
{
    QStringList lines;
    for (const PackIssue &issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

ImportReport PackImporter::validate(const QString &sourceDir)
{
    std::optional<PackContent> content;
    return readSource(sourceDir, &content);
}

ImportReport PackImporter::importDatabase(const QString &sourceDir, const QString &databasePath)
{
    std::optional<PackContent> content;
    ImportReport report = readSource(sourceDir, &content);
    if (!report.ok())
        return report;
    const QString temporary = databasePath + QStringLiteral(".tmp");
    QFile::remove(temporary);
    if (const QString error = ContentDbWriter::write(*content, temporary); !error.isEmpty()) {
        QFile::remove(temporary);
        fail(report, QLatin1String(kDatabaseName), error);
        return report;
    }
    if (!replaceFile(temporary, databasePath)) {
        QFile::remove(temporary);
        fail(report, QLatin1String(kDatabaseName), QStringLiteral("cannot move it into place at %1").arg(databasePath));
    }
    return report;
}

ImportReport PackImporter::compile(const QString &sourceDir, const QString &targetDir)
{
    // Only an empty folder or an earlier compiled pack may be replaced: -o ~/Documents must not
    // cost anybody their documents.
    const QDir target(targetDir);
    if (target.exists() && !target.isEmpty() && !QFileInfo(target.filePath(QLatin1String(kDatabaseName))).isFile()) {
        ImportReport report;
        fail(report, targetDir, QStringLiteral("is neither empty nor a compiled pack; choose another folder"));
        return report;
    }
    const QString building = QDir::cleanPath(targetDir) + QStringLiteral(".building");
    QDir(building).removeRecursively();
    if (!QDir().mkpath(building)) {
        ImportReport report;
        fail(report, targetDir, QStringLiteral("cannot create %1").arg(building));
        return report;
    }
    ImportReport report = importDatabase(sourceDir, QDir(building).filePath(QLatin1String(kDatabaseName)));
    QString error;
    if (report.ok() && !copyTree(sourceDir, building, &error))
        fail(report, targetDir, error);
    if (!report.ok()) {
        QDir(building).removeRecursively();
        return report;
    }
    const QString old = QDir::cleanPath(targetDir) + QStringLiteral(".old");
    QDir(old).removeRecursively();
    if (QFileInfo::exists(targetDir) && !QDir().rename(targetDir, old)) {
        fail(report, targetDir, QStringLiteral("cannot replace %1").arg(targetDir));
        return report;
    }
    if (!QDir().rename(building, targetDir)) {
        fail(report, targetDir, QStringLiteral("cannot move %1 into place").arg(building));
        QDir(building).removeRecursively();
        if (QFileInfo::exists(old))
            QDir().rename(old, targetDir);
        return report;
    }
    QDir(old).removeRecursively();
    return report;
}

} // namespace civic
