// A small HTTP/1.1 file server for tests of the channel client, with the faults real networks
// and hostile servers have. Serves --root; prints "port N" once listening.
//   --mode normal     files, Range, ETag / If-None-Match
//   --mode html       a captive portal: every answer a 200 web page
//   --mode endless    blobs never end (no length, zeros for ever)
//   --mode more       blobs carry a megabyte more than the manifest says
//   --mode truncate   blobs stop half-way and the connection closes
//   --mode trickle    blobs come one byte at a time, slowly
//   --mode stall      blobs send half, then nothing, connection open
//   --mode corrupt    blobs have one byte changed
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace {

QString g_root;
QString g_mode;

void send(QTcpSocket *socket, int status, const QByteArray &reason, const QList<QByteArray> &headers, const QByteArray &body,
          bool withLength = true)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &header : headers)
        head += header + "\r\n";
    if (withLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
}

void dripBody(QTcpSocket *socket, const QByteArray &body, int bytesPerTick, int intervalMs, bool endless)
{
    auto *timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, body, bytesPerTick, offset, endless, timer] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (endless) {
            socket->write(QByteArray(bytesPerTick, '\0'));
            return;
        }
        socket->write(body.mid(*offset, bytesPerTick));
        *offset += bytesPerTick;
        if (*offset >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(intervalMs);
}

void answer(QTcpSocket *socket, const QByteArray &request)
{
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    QByteArray range;
    QByteArray ifNoneMatch;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("range:"))
            range = line.mid(6).trimmed();
        if (lower.startsWith("if-none-match:"))
            ifNoneMatch = line.mid(14).trimmed();
    }
    if (g_mode == QLatin1String("html")) {
        send(socket, 200, "OK", {"Content-Type: text/html"}, "<!DOCTYPE html><html><body>Please accept our terms</body></html>");
        socket->disconnectFromHost();
        return;
    }
    const QString path = QUrl::fromPercentEncoding(first.value(1)).mid(1);
    QFile file(QDir(g_root).filePath(path));
    if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
        send(socket, 404, "Not Found", {}, "not found");
        socket->disconnectFromHost();
        return;
    }
    QByteArray body = file.readAll();
    const bool blob = path.startsWith(QLatin1String("blobs/"));
    const QByteArray etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(16) + '"';
    if (blob && g_mode == QLatin1String("endless")) {
        socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
        dripBody(socket, {}, 64 * 1024, 1, true);
        return;
    }
    if (blob && g_mode == QLatin1String("more"))
        body += QByteArray(1024 * 1024, 'x');
    if (blob && g_mode == QLatin1String("corrupt"))
        body[body.size() / 2] = static_cast<char>(body.at(body.size() / 2) ^ 1);
    if (blob && g_mode == QLatin1String("truncate")) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                      + body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    if (blob && (g_mode == QLatin1String("trickle") || g_mode == QLatin1String("stall"))) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
        if (g_mode == QLatin1String("stall"))
            socket->write(body.left(body.size() / 2));
        else
            dripBody(socket, body, 1, 100, false);
        return;
    }
    if (!ifNoneMatch.isEmpty() && ifNoneMatch == etag) {
        send(socket, 304, "Not Modified", {"ETag: " + etag}, {}, false);
        socket->disconnectFromHost();
        return;
    }
    if (range.startsWith("bytes=") && range.endsWith('-')) {
        const qsizetype from = range.mid(6, range.size() - 7).toLongLong();
        if (from < body.size()) {
            send(socket, 206, "Partial Content",
                 {"Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(body.size() - 1) + '/'
                  + QByteArray::number(body.size())},
                 body.mid(from));
            socket->disconnectFromHost();
            return;
        }
    }
    const QByteArray type = path.endsWith(QLatin1String(".json")) ? "Content-Type: application/json" : "Content-Type: application/octet-stream";
    send(socket, 200, "OK", {type, "ETag: " + etag}, body);
    socket->disconnectFromHost();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rootOption(QStringLiteral("root"), QStringLiteral("Folder to serve."), QStringLiteral("DIR"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("Fault to show."), QStringLiteral("MODE"), QStringLiteral("normal"));
    parser.addOptions({rootOption, modeOption});
    parser.process(app);
    g_root = parser.value(rootOption);
    g_mode = parser.value(modeOption);
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                *buffer += socket->readAll();
                if (buffer->contains("\r\n\r\n")) {
                    const QByteArray request = *buffer;
                    buffer->clear();
                    answer(socket, request);
                }
            });
        }
    });
    std::printf("port %d\n", server.serverPort());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
