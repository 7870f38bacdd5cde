#include "healthmarks.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace civic {

HealthMarks::HealthMarks(const QString &stateDir) : m_stateDir(stateDir) {}

QString HealthMarks::requestsDir(const QString &stateDir)
{
    return QDir(stateDir).filePath(QStringLiteral("requests"));
}

QString HealthMarks::filePath() const
{
    return QDir(m_stateDir).filePath(QStringLiteral("health.json"));
}

HealthMarks::Marks HealthMarks::read() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    return {object.value(QStringLiteral("version")).toString(), object.value(QStringLiteral("startsWithoutHealth")).toInt(),
            QDateTime::fromString(object.value(QStringLiteral("healthyAt")).toString(), Qt::ISODate)};
}

bool HealthMarks::write(const Marks &marks) const
{
    QDir().mkpath(m_stateDir);
    QSaveFile file(filePath());
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("version"), marks.version},
                                                      {QStringLiteral("startsWithoutHealth"), marks.startsWithoutHealth},
                                                      {QStringLiteral("healthyAt"), marks.healthyAt.toString(Qt::ISODate)}})
                                .toJson();
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
}

bool HealthMarks::recordStart(const QString &version)
{
    Marks marks = read();
    if (marks.version != version)
        marks = {version, 0, {}};
    ++marks.startsWithoutHealth;
    return write(marks);
}

bool HealthMarks::recordHealthy(const QString &version)
{
    return write({version, 0, QDateTime::currentDateTimeUtc()});
}

} // namespace civic
