// Search latency per keystroke: opens a compiled pack's content.db and types words into the
// search model one letter at a time, as a visitor does; prints one JSON line of timings (ms).
// Usage: civic-bench-search PACK_DIR LANGUAGE WORD...   (bench/search.py generates the pack)
#include "contentstore.h"
#include "searchmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: civic-bench-search PACK_DIR LANGUAGE WORD...\n");
        return 2;
    }
    civic::ContentStore store;
    const QDir pack(args.at(0));
    if (!store.open(pack.filePath(QStringLiteral("content.db")), pack.path())) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    Catalog catalog(&store);
    catalog.setLanguage(args.at(1));
    SearchModel model;
    model.setCatalog(&catalog);

    // Each word is typed letter by letter, then a second word after a space; the field is
    // cleared between words as a visitor's "Clear" does.
    QList<double> perKeystroke;
    qint64 results = 0;
    const QStringList words = args.mid(2);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString typed = words.at(w) + u' ' + words.at((w + 1) % words.size());
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            model.setQuery(typed.left(length));
            perKeystroke.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            results += model.count();
        }
        model.setQuery(QString());
    }
    std::sort(perKeystroke.begin(), perKeystroke.end());
    const auto at = [&perKeystroke](double q) {
        return perKeystroke.at(std::min(perKeystroke.size() - 1, static_cast<qsizetype>(q * static_cast<double>(perKeystroke.size()))));
    };
    const QJsonObject out{{QStringLiteral("keystrokes"), static_cast<int>(perKeystroke.size())},
                          {QStringLiteral("median"), at(0.5)},
                          {QStringLiteral("p99"), at(0.99)},
                          {QStringLiteral("max"), perKeystroke.constLast()},
                          {QStringLiteral("meanResults"), static_cast<double>(results) / static_cast<double>(perKeystroke.size())}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
