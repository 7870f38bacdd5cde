#include "storestate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civic {

void StoreState::refused(const QString &reason)
{
    refusals.append({QDateTime::currentDateTimeUtc(), reason});
    while (refusals.size() > kMaxRefusals)
        refusals.removeFirst();
}

QByteArray StoreState::toJson() const
{
    QJsonObject packs;
    for (auto it = accepted.constBegin(); it != accepted.constEnd(); ++it)
        packs.insert(it.key(), QJsonObject{{QStringLiteral("version"), it->version},
                                           {QStringLiteral("manifestSha256"), it->manifestSha256}});
    QJsonArray events;
    for (const Event &event : refusals)
        events.append(QJsonObject{{QStringLiteral("at"), event.at.toString(Qt::ISODate)}, {QStringLiteral("what"), event.what}});
    return QJsonDocument(QJsonObject{{QStringLiteral("accepted"), packs},
                                     {QStringLiteral("lastCheck"), lastCheck.toString(Qt::ISODate)},
                                     {QStringLiteral("lastResult"), lastResult},
                                     {QStringLiteral("lastCheckFailed"), lastCheckFailed},
                                     {QStringLiteral("latestEtag"), latestEtag},
                                     {QStringLiteral("latestExpires"), latestExpires.toString(Qt::ISODate)},
                                     {QStringLiteral("newestPublished"), newestPublished.toString(Qt::ISODate)},
                                     {QStringLiteral("refusals"), events}})
        .toJson();
}

std::optional<StoreState> StoreState::parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || !document.object().value(QStringLiteral("accepted")).isObject())
        return std::nullopt;
    return fromJson(json);
}

StoreState StoreState::fromJson(const QByteArray &json)
{
    StoreState state;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QJsonObject packs = object.value(QStringLiteral("accepted")).toObject();
    for (auto it = packs.constBegin(); it != packs.constEnd(); ++it) {
        const QJsonObject pack = it->toObject();
        state.accepted.insert(it.key(), {pack.value(QStringLiteral("version")).toString(),
                                         pack.value(QStringLiteral("manifestSha256")).toString()});
    }
    state.lastCheck = QDateTime::fromString(object.value(QStringLiteral("lastCheck")).toString(), Qt::ISODate);
    state.lastResult = object.value(QStringLiteral("lastResult")).toString();
    state.lastCheckFailed = object.value(QStringLiteral("lastCheckFailed")).toBool();
    state.latestEtag = object.value(QStringLiteral("latestEtag")).toString();
    state.latestExpires = QDateTime::fromString(object.value(QStringLiteral("latestExpires")).toString(), Qt::ISODate);
    state.newestPublished = QDateTime::fromString(object.value(QStringLiteral("newestPublished")).toString(), Qt::ISODate);
    const QJsonArray events = object.value(QStringLiteral("refusals")).toArray();
    for (const QJsonValue &event : events)
        state.refusals.append({QDateTime::fromString(event.toObject().value(QStringLiteral("at")).toString(), Qt::ISODate),
                               event.toObject().value(QStringLiteral("what")).toString()});
    return state;
}

} // namespace civic
