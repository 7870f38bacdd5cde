#include "channelclient.h"

#include "channelindex.h"
#include "packmanifest.h"
#include "packversion.h"
#include "sha256.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QTimer>

namespace civic {

namespace {

using Kind = ChannelClient::Outcome::Kind;

/// Watches one reply: cuts it off when it sends more than allowed, stalls, or trickles.
class ReplyGuard
{
public:
    ReplyGuard(QNetworkReply *reply, qint64 maxBytes, const ChannelClient::Settings &settings, qint64 alreadyHave = 0)
        : m_reply(reply), m_maxBytes(maxBytes), m_settings(settings)
    {
        m_clock.start();
        // A resumed download is measured on what this reply brings, not what an earlier one did.
        m_total = alreadyHave;
        m_windowStart = alreadyHave;
        QObject::connect(&m_speedCheck, &QTimer::timeout, reply, [this] { checkSpeed(); });
        m_speedCheck.start(std::min(1000, settings.slowWindowMs / 4));
    }

    /// Counts bytes as they arrive; false (and the reply aborted) once there are too many.
    bool received(qint64 total)
    {
        m_total = total;
        if (total > m_maxBytes) {
            m_problem = QStringLiteral("sent more than the %1 bytes expected (endless data?)").arg(m_maxBytes);
            m_hostile = true;
            m_reply->abort();
            return false;
        }
        return true;
    }

    QString problem() const { return m_problem; }
    bool hostile() const { return m_hostile; }

private:
    void checkSpeed()
    {
        const qint64 elapsed = m_clock.elapsed();
        if (elapsed - m_windowStartMs < m_settings.slowWindowMs)
            return;
        const qint64 rate = (m_total - m_windowStart) * 1000 / std::max<qint64>(1, elapsed - m_windowStartMs);
        if (rate < m_settings.minBytesPerSecond) {
            m_problem = QStringLiteral("the server is too slow (%1 bytes/s)").arg(rate);
            m_reply->abort();
            return;
        }
        m_windowStart = m_total;
        m_windowStartMs = elapsed;
    }

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    const ChannelClient::Settings &m_settings;
    QTimer m_speedCheck;
    QElapsedTimer m_clock;
    qint64 m_total = 0;
    qint64 m_windowStart = 0;
    qint64 m_windowStartMs = 0;
    QString m_problem;
    bool m_hostile = false;
};

QString replyError(QNetworkReply *reply, const ReplyGuard &guard)
{
    if (!guard.problem().isEmpty())
        return guard.problem();
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return QStringLiteral("the server stopped sending");
    return reply->errorString();
}

bool isWebPage(QNetworkReply *reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/html"));
}

} // namespace

ChannelClient::ChannelClient(Settings settings, PackStore &store) : m_settings(std::move(settings)), m_store(store)
{
    // Redirects are followed only to the same scheme: a channel must not hand us to plain HTTP.
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ChannelClient::Fetched ChannelClient::fetch(const QString &relative, qint64 maxBytes, const QString &ifNoneMatch)
{
    QNetworkRequest request(m_settings.base.resolved(QUrl(relative)));
    request.setTransferTimeout(m_settings.stallTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch.toLatin1());
    QNetworkReply *reply = m_network.get(request);
    ReplyGuard guard(reply, maxBytes, m_settings);
    Fetched result;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray chunk = reply->readAll();
        result.body += chunk;
        m_downloaded += chunk.size();
        guard.received(result.body.size());
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    result.body += reply->readAll();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (guard.hostile() || (result.status == 200 && isWebPage(reply))) {
        result.hostile = true;
        result.error = guard.hostile() ? guard.problem()
                                       : QStringLiteral("the network answered with a web page (a captive portal?)");
    } else if (result.status != 304 && (reply->error() != QNetworkReply::NoError || result.status != 200)) {
        result.error = replyError(reply, guard);
    }
    reply->deleteLater();
    result.error = result.error.isEmpty() ? QString() : relative + QStringLiteral(": ") + result.error;
    return result;
}

QString ChannelClient::download(const QString &relative, const QString &file, qint64 expectedSize, bool *hostile)
{
    QFile out(file);
    if (!out.open(QIODevice::ReadWrite))
        return QStringLiteral("%1: %2").arg(file, out.errorString());
    qint64 have = out.size();
    if (have > expectedSize) {
        out.resize(0);
        have = 0;
    }
    if (have == expectedSize)
        return {};
    QNetworkRequest request(m_settings.base.resolved(QUrl(relative)));
    request.setTransferTimeout(m_settings.stallTimeoutMs);
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    QNetworkReply *reply = m_network.get(request);
    ReplyGuard guard(reply, expectedSize, m_settings, have);
    bool decided = false;
    bool wrongRange = false;
    qint64 written = have;
    QString writeError;
    auto take = [&] {
        if (!decided) {
            // 206 continues where the last run stopped; 200 starts over.
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                out.resize(0);
                written = 0;
            } else if (status == 206
                       && !reply->rawHeader("Content-Range").startsWith("bytes " + QByteArray::number(have) + '-')) {
                wrongRange = true;
                reply->abort();
                return;
            }
            out.seek(written);
            decided = true;
        }
        const QByteArray chunk = reply->readAll();
        m_downloaded += chunk.size();
        if (out.write(chunk) != chunk.size())
            writeError = out.errorString();
        written += chunk.size();
        guard.received(written);
    };
    QObject::connect(reply, &QNetworkReply::readyRead, reply, take);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->bytesAvailable() > 0)
        take();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (guard.hostile() || ((status == 200 || status == 206) && isWebPage(reply))) {
        *hostile = true;
        error = guard.hostile() ? guard.problem() : QStringLiteral("the network answered with a web page (a captive portal?)");
    } else if (wrongRange) {
        out.resize(0);
        error = QStringLiteral("the server resumed at another place than asked; starting over next time");
    } else if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
        error = replyError(reply, guard);
    } else if (!writeError.isEmpty()) {
        error = QStringLiteral("cannot be saved: ") + writeError;
    } else if (written != expectedSize) {
        error = QStringLiteral("ended after %1 of %2 bytes").arg(written).arg(expectedSize);
    }
    reply->deleteLater();
    out.flush();
    return error.isEmpty() ? QString() : relative + QStringLiteral(": ") + error;
}

ChannelClient::Outcome ChannelClient::finish(Outcome outcome, const ChannelIndex *index, const QString &etag)
{
    outcome.bytesDownloaded = m_downloaded;
    if (index)
        m_store.recordCheck(outcome.message, PackStore::Check::Fine, etag, index->published, index->expires);
    else
        m_store.recordCheck(outcome.message, outcome.kind == Kind::Refused       ? PackStore::Check::Refused
                                             : outcome.kind == Kind::Unreachable ? PackStore::Check::Unreachable
                                                                                 : PackStore::Check::Fine);
    return outcome;
}

ChannelClient::Outcome ChannelClient::checkOnce()
{
    m_downloaded = 0;
    const StoreState state = m_store.state();
    const QString stateEtag = state.latestEtag;

    // 1. latest.json and its signature.
    const Fetched latest = fetch(QStringLiteral("latest.json"), ChannelIndex::kMaxBytes,
                                 m_store.currentVersion().isEmpty() ? QString() : stateEtag);
    if (!latest.error.isEmpty())
        return finish({latest.hostile ? Kind::Refused : Kind::Unreachable, latest.error});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A clock behind what this kiosk has already seen is wrong; expiry means nothing by it.
    const bool clockTrusted = !state.newestPublished.isValid() || now >= state.newestPublished;
    if (latest.status == 304) {
        // "Not modified" does not make an expired index fresh: a server that always says so
        // would freeze the kiosk on its pack.
        if (clockTrusted && state.latestExpires.isValid() && state.latestExpires < now)
            return finish({Kind::Refused, QStringLiteral("latest.json: refused: expired %1, and the server says it has "
                                                         "nothing newer (freeze?)")
                                              .arg(state.latestExpires.toString(Qt::ISODate))});
        return finish({Kind::UpToDate, QStringLiteral("up to date (latest.json not modified)")});
    }
    const Fetched latestSignature = fetch(QStringLiteral("latest.json.minisig"), 4096);
    if (latestSignature.status == 404)
        return finish({Kind::Refused, QStringLiteral("latest.json: refused: no signature (latest.json.minisig) beside it")});
    if (!latestSignature.error.isEmpty())
        return finish({latestSignature.hostile ? Kind::Refused : Kind::Unreachable, latestSignature.error});
    QString error;
    const auto signature = minisign::Signature::parse(latestSignature.body, &error);
    QBuffer latestData(const_cast<QByteArray *>(&latest.body));
    latestData.open(QIODevice::ReadOnly);
    if (!signature || !minisign::verify(*signature, m_settings.trusted, latestData, &error))
        return finish({Kind::Refused, QStringLiteral("latest.json: refused: ") + error});

    // 2. What it says, against what this kiosk knows.
    const auto index = ChannelIndex::fromJson(latest.body, &error);
    if (!index)
        return finish({Kind::Refused, error});
    if (index->channel != m_settings.channel)
        return finish({Kind::Refused, QStringLiteral("latest.json: refused: it is for channel '%1', this kiosk follows '%2'")
                                          .arg(index->channel, m_settings.channel)});
    if (state.newestPublished.isValid() && index->published < state.newestPublished)
        return finish({Kind::Refused, QStringLiteral("latest.json: refused: published %1, before one already seen (%2): a replay")
                                          .arg(index->published.toString(Qt::ISODate), state.newestPublished.toString(Qt::ISODate))});
    if (clockTrusted && index->expires < now)
        return finish({Kind::Refused, QStringLiteral("latest.json: refused: expired %1 (the channel is not kept up, or someone "
                                                     "replays an old one)")
                                          .arg(index->expires.toString(Qt::ISODate))});
    const auto accepted = state.accepted.constFind(index->id);
    if (accepted != state.accepted.cend() && compareVersions(index->version, accepted->version) < 0)
        return finish({Kind::Refused, QStringLiteral("latest.json: refused: version %1 is older than %2, which this kiosk "
                                                     "already accepted (rollback)")
                                          .arg(index->version, accepted->version)});

    // 3. The manifest the index pins, and its own signature.
    const Fetched manifestFile = fetch(index->manifestPath, std::min(index->manifestSize, m_settings.maxManifestBytes));
    if (!manifestFile.error.isEmpty())
        return finish({manifestFile.hostile ? Kind::Refused : Kind::Unreachable, manifestFile.error});
    if (Sha256::hexOf(manifestFile.body) != index->manifestSha256)
        return finish({Kind::Refused, QStringLiteral("%1: refused: differs from the hash latest.json gives").arg(index->manifestPath)});
    const Fetched manifestSignature = fetch(index->manifestPath + QStringLiteral(".minisig"), 4096);
    if (!manifestSignature.error.isEmpty())
        return finish({manifestSignature.hostile ? Kind::Refused : Kind::Unreachable, manifestSignature.error});
    const auto manifestSig = minisign::Signature::parse(manifestSignature.body, &error);
    QBuffer manifestData(const_cast<QByteArray *>(&manifestFile.body));
    manifestData.open(QIODevice::ReadOnly);
    if (!manifestSig || !minisign::verify(*manifestSig, m_settings.trusted, manifestData, &error))
        return finish({Kind::Refused, index->manifestPath + QStringLiteral(": refused: ") + error});
    const auto manifest = PackManifest::fromJson(manifestFile.body, &error);
    if (!manifest)
        return finish({Kind::Refused, index->manifestPath + QStringLiteral(": refused: ") + error});
    if (manifest->channel != m_settings.channel || manifest->id != index->id || manifest->version != index->version)
        return finish({Kind::Refused, QStringLiteral("%1: refused: it is pack %2 %3 of channel '%4', not what latest.json names")
                                          .arg(index->manifestPath, manifest->id, manifest->version, manifest->channel)});
    if (manifest->totalSize() > m_settings.maxPackBytes)
        return finish({Kind::Refused, QStringLiteral("%1: refused: %2 bytes, more than the %3 allowed")
                                          .arg(index->manifestPath)
                                          .arg(manifest->totalSize())
                                          .arg(m_settings.maxPackBytes)});
    const QString manifestSha256 = manifest->contentSha256();
    // Once accepted, a version is not installed again from the channel, not even after a
    // technician rolled it back; but the same version with other content is an attack.
    if (accepted != state.accepted.cend() && accepted->version == manifest->version && accepted->manifestSha256 == manifestSha256)
        return finish({Kind::UpToDate, QStringLiteral("up to date (version %1)").arg(index->version)}, &*index, latest.etag);
    if (const PackStore::Result allowed = m_store.checkVersion(*manifest, manifestSha256); !allowed.ok)
        return finish({Kind::Refused, index->manifestPath + QStringLiteral(": refused: ") + allowed.message});

    // 4. Only the files the store lacks, each checked before it is kept.
    for (const ManifestFile &file : manifest->files) {
        if (m_store.hasBlob(file.sha256))
            continue;
        const QString partial = QDir(m_store.downloadsDir()).filePath(QString::fromLatin1(file.sha256) + QStringLiteral(".part"));
        bool hostile = false;
        error = download(QStringLiteral("blobs/sha256/") + QString::fromLatin1(file.sha256), partial, file.size, &hostile);
        if (!error.isEmpty())
            return finish({hostile ? Kind::Refused : Kind::Unreachable, error});
        QFile check(partial);
        Sha256 hash;
        if (!check.open(QIODevice::ReadOnly) || !hash.addData(check) || hash.hexResult() != file.sha256) {
            QFile::remove(partial);
            return finish({Kind::Refused, QStringLiteral("blobs/sha256/%1: refused: differs from the manifest (%2)")
                                              .arg(QString::fromLatin1(file.sha256), file.path)});
        }
        check.close();
        if (!m_store.adoptBlob(partial, file.sha256))
            return finish({Kind::Unreachable, QStringLiteral("%1: cannot be stored").arg(file.path)});
    }
    const PackStore::Result installed = m_store.activate(*manifest, manifestSha256);
    // Only a finished install takes the index as current: otherwise the next check must fetch it again.
    return installed.ok ? finish({Kind::Installed, installed.message}, &*index, latest.etag)
                        : finish({Kind::Refused, installed.message});
}

} // namespace civic
