#include "soakpacks.h"

#include "durablefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

QString copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return QStringLiteral("%1: cannot be copied").arg(target);
    }
    return {};
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QJsonDocument(object).toJson()) > 0;
}

/// Staff bump the last part of the version with every fix: 2026.11.1 becomes 2026.11.1.N.
QString versionNumber(const QString &base, int n)
{
    QStringList parts = base.split(u'.').mid(0, 3);
    while (parts.size() < 3)
        parts.append(QStringLiteral("0"));
    return parts.join(u'.') + u'.' + QString::number(n);
}

} // namespace

QString SoakPacks::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QDir(m_binDir).filePath(program), arguments);
    // The default pack builds and installs in seconds; minutes mean something hangs.
    if (!process.waitForFinished(5 * 60 * 1000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3 %4")
            .arg(program, arguments.join(u' '), process.errorString(), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QString SoakPacks::prepare(const QString &source, const QString &binDir, int count)
{
    if (!m_work.isValid() || count < 2)
        return QStringLiteral("no temporary folder, or fewer than two versions to swap between");
    m_binDir = binDir;
    const QString pack = m_work.filePath(QStringLiteral("pack"));
    const QString secretKey = m_work.filePath(QStringLiteral("soak.key"));
    const QString publicKey = m_work.filePath(QStringLiteral("soak.pub"));
    const QString config = m_work.filePath(QStringLiteral("kiosk.conf"));
    if (const QString problem = copyTree(source, pack); !problem.isEmpty())
        return problem;
    if (!QDir().mkpath(stateDir()))
        return stateDir() + QStringLiteral(": cannot be made");
    const QStringList keygen{QStringLiteral("keygen"), QStringLiteral("--no-password"), QStringLiteral("-p"), publicKey,
                             QStringLiteral("-s"), secretKey};
    if (const QString problem = run(QStringLiteral("civic-pack"), keygen); !problem.isEmpty())
        return problem;
    QFile keyFile(publicKey);
    const QByteArray key = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll().split('\n').value(1) : QByteArray();
    const QByteArray settings = "[kiosk]\nid = \"soak\"\n[store]\ndata_dir = \"" + dataDir().toUtf8()
                                + "\"\n[channel]\ntrusted_keys = [\"" + key + "\"]\n";
    QFile configFile(config);
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(settings) != settings.size())
        return config + QStringLiteral(": cannot be written");
    configFile.close();

    const QString manifestPath = QDir(pack).filePath(QStringLiteral("pack.json"));
    QJsonObject manifest = readJson(manifestPath);
    const QString baseVersion = manifest.value(QStringLiteral("version")).toString();
    const QStringList tips = QDir(pack + QStringLiteral("/tips")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (baseVersion.isEmpty() || tips.isEmpty())
        return pack + QStringLiteral(": no pack.json version, or no tips");
    const QString tipPath = QDir(pack + QStringLiteral("/tips")).filePath(tips.constFirst());
    QJsonObject tip = readJson(tipPath);
    QJsonObject title = tip.value(QStringLiteral("title")).toObject();
    const QString originalTitle = title.value(QStringLiteral("de")).toString();

    for (int n = 1; n <= count; ++n) {
        const QString version = versionNumber(baseVersion, n);
        title.insert(QStringLiteral("de"), originalTitle + QStringLiteral(" (Fassung %1)").arg(n));
        tip.insert(QStringLiteral("title"), title);
        manifest.insert(QStringLiteral("version"), version);
        if (!writeJson(tipPath, tip) || !writeJson(manifestPath, manifest))
            return pack + QStringLiteral(": cannot be changed");
        const QString archive = m_work.filePath(version + QStringLiteral(".ckpack"));
        QString problem = run(QStringLiteral("civic-pack"), {QStringLiteral("build"), pack, QStringLiteral("-o"), archive});
        if (problem.isEmpty())
            problem = run(QStringLiteral("civic-pack"), {QStringLiteral("sign"), archive, QStringLiteral("-s"), secretKey});
        if (problem.isEmpty())
            problem = run(QStringLiteral("civic-kioskctl"),
                          {QStringLiteral("--config"), config, QStringLiteral("install"), archive});
        if (!problem.isEmpty())
            return problem;
        m_versions.append(version);
    }
    m_current = m_versions.size() - 1;  // the last one installed is current
    return {};
}

QString SoakPacks::flip()
{
    m_current = (m_current + 1) % m_versions.size();
    const QString folder = QStringLiteral("packs/") + m_versions.at(m_current);
    // What civic-kioskctl's install and rollback end with: a new link renamed over `current`,
    // which is the change the screen's PackSwapper watches for.
    if (!civic::durable::replaceSymlink(folder, QDir(dataDir()).filePath(QStringLiteral("current"))))
        return {};
    return QFileInfo(QDir(dataDir()).filePath(folder)).canonicalFilePath();
}
