// The attract loop's logic, without a media backend: the test plays the view's part.
#include "attractplaylist.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using civic::AttractItem;

namespace {

AttractItem video(const char *path)
{
    return {AttractItem::Kind::Video, QString::fromLatin1(path), {}, 0};
}

AttractItem image(const char *path, int seconds = 8)
{
    return {AttractItem::Kind::Image, QString::fromLatin1(path), {}, seconds};
}

AttractItem tip(const char *id, int seconds = 10)
{
    return {AttractItem::Kind::Tip, {}, QString::fromLatin1(id), seconds};
}

} // namespace

class TestAttractPlaylist : public QObject
{
    Q_OBJECT

private slots:
    void emptyPlaylistNeverRuns()
    {
        AttractPlaylist playlist;
        QSignalSpy running(&playlist, &AttractPlaylist::runningChanged);
        playlist.start();
        QVERIFY(!playlist.isRunning());
        QCOMPARE(playlist.currentIndex(), -1);
        QCOMPARE(playlist.kind(), AttractPlaylist::None);
        QCOMPARE(running.count(), 0);
        // Nothing to finish or skip either.
        playlist.finished();
        playlist.failed(QStringLiteral("no media"));
        QVERIFY(!playlist.isRunning());
    }

    void currentItemIsExposed()
    {
        AttractPlaylist playlist;
        playlist.setItems({video("/pack/media/attract.mp4"), tip("lock-door", 12), image("/pack/media/town.svg", 6)});
        QCOMPARE(playlist.count(), 3);
        QCOMPARE(playlist.source(), QUrl());
        playlist.start();
        QVERIFY(playlist.isRunning());
        QCOMPARE(playlist.currentIndex(), 0);
        QCOMPARE(playlist.kind(), AttractPlaylist::Video);
        QCOMPARE(playlist.source(), QUrl::fromLocalFile(QStringLiteral("/pack/media/attract.mp4")));
        QCOMPARE(playlist.seconds(), 0);
        QVERIFY(playlist.tipId().isEmpty());
        playlist.finished();
        QCOMPARE(playlist.kind(), AttractPlaylist::Tip);
        QCOMPARE(playlist.tipId(), QStringLiteral("lock-door"));
        QCOMPARE(playlist.seconds(), 12);
        QCOMPARE(playlist.source(), QUrl());
        playlist.failed(QStringLiteral("tip not found"));
        QCOMPARE(playlist.kind(), AttractPlaylist::Image);
        QCOMPARE(playlist.source(), QUrl::fromLocalFile(QStringLiteral("/pack/media/town.svg")));
        QCOMPARE(playlist.seconds(), 6);
    }

    void playsInOrderAndLoopsAround()
    {
        AttractPlaylist playlist;
        playlist.setSecondsScale(0.005);  // 8 s become 40 ms
        playlist.setItems({image("/a.png"), tip("b"), image("/c.jpg")});
        QList<int> seen;
        connect(&playlist, &AttractPlaylist::entered, this, [&] { seen.append(playlist.currentIndex()); });
        playlist.start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 5, 5000);
        QCOMPARE(seen.mid(0, 5), (QList<int>{0, 1, 2, 0, 1}));
        QVERIFY(playlist.isRunning());
    }

    void picturesAndTipsStayTheirSeconds()
    {
        AttractPlaylist playlist;
        playlist.setSecondsScale(0.1);  // 4 s become 400 ms, 6 s 600 ms
        playlist.setItems({image("/a.png", 4), tip("b", 6), video("/c.mp4")});
        QElapsedTimer clock;
        QList<qint64> enteredAt;
        connect(&playlist, &AttractPlaylist::entered, this, [&] { enteredAt.append(clock.elapsed()); });
        clock.start();
        playlist.start();
        QTRY_COMPARE_WITH_TIMEOUT(playlist.currentIndex(), 2, 5000);
        QCOMPARE(enteredAt.size(), 3);
        const qint64 first = enteredAt.at(1) - enteredAt.at(0);
        const qint64 second = enteredAt.at(2) - enteredAt.at(1);
        // QTimer's default accuracy is 5 % of the interval.
        QVERIFY2(first >= 380, qPrintable(QString::number(first)));
        QVERIFY2(second >= 570, qPrintable(QString::number(second)));
        QVERIFY2(second > first, "each item keeps its own seconds");
    }

    void videosPlayUntilTheViewSaysTheyEnded()
    {
        AttractPlaylist playlist;
        playlist.setSecondsScale(0.001);
        playlist.setItems({video("/a.mp4"), image("/b.png", 60), video("/c.webm")});
        playlist.start();
        // A video has no timer of its own, however long it takes.
        QTest::qWait(100);
        QCOMPARE(playlist.currentIndex(), 0);
        playlist.finished();
        QCOMPARE(playlist.currentIndex(), 1);
        // A late "ended" from the video before does not cut the picture short.
        playlist.finished();
        QCOMPARE(playlist.currentIndex(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(playlist.currentIndex(), 2, 5000);
        playlist.finished();
        QCOMPARE(playlist.currentIndex(), 0);
    }

    void aLoopOfOneVideoStartsItAgain()
    {
        AttractPlaylist playlist;
        playlist.setItems({video("/a.mp4")});
        QSignalSpy entered(&playlist, &AttractPlaylist::entered);
        playlist.start();
        playlist.finished();
        playlist.finished();
        // The source stays the same, so the view needs "entered" to play it again.
        QCOMPARE(entered.count(), 3);
        QCOMPARE(playlist.currentIndex(), 0);
        QVERIFY(playlist.isRunning());
    }

    void failedItemsAreSkippedAndLoggedOnce()
    {
        AttractPlaylist playlist;
        playlist.setItems({video("/broken.mp4"), video("/good.webm")});
        playlist.start();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("attract loop: skips item 0 \\(/broken.mp4\\): "
                                                                             "no decoder")));
        playlist.failed(QStringLiteral("no decoder"));
        QCOMPARE(playlist.currentIndex(), 1);
        QVERIFY(playlist.isRunning());
        playlist.finished();
        QCOMPARE(playlist.currentIndex(), 0);
        // The same broken file comes round again: skipped again, but the log says it once.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("skips item 0")));
        playlist.failed(QStringLiteral("no decoder"));
        QCOMPARE(playlist.currentIndex(), 1);
        QVERIFY(playlist.isRunning());
    }

    void everyItemFailingInARowStopsTheLoop()
    {
        AttractPlaylist playlist;
        playlist.setSecondsScale(0.001);
        playlist.setItems({video("/a.mp4"), image("/b.png"), tip("c")});
        QSignalSpy gaveUp(&playlist, &AttractPlaylist::gaveUp);
        QSignalSpy running(&playlist, &AttractPlaylist::runningChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skips item 0")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skips item 1")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skips item 2")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("every item failed")));
        playlist.start();
        playlist.failed(QStringLiteral("x"));
        playlist.failed(QStringLiteral("x"));
        QVERIFY(playlist.isRunning());
        playlist.failed(QStringLiteral("x"));
        QVERIFY(!playlist.isRunning());
        QCOMPARE(playlist.currentIndex(), -1);
        QCOMPARE(playlist.kind(), AttractPlaylist::None);
        QCOMPARE(gaveUp.count(), 1);
        QCOMPARE(running.count(), 2);
        // Stopped means stopped: no timer brings it back.
        QTest::qWait(50);
        QVERIFY(!playlist.isRunning());
    }

    void oneGoodItemKeepsTheLoopGoing()
    {
        AttractPlaylist playlist;
        playlist.setSecondsScale(0.002);
        playlist.setItems({video("/a.mp4"), video("/b.mp4"), image("/c.png")});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skips item 0")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skips item 1")));
        playlist.start();
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(playlist.currentIndex(), 0);
            playlist.failed(QStringLiteral("x"));
            playlist.failed(QStringLiteral("x"));
            QCOMPARE(playlist.currentIndex(), 2);
            QVERIFY(playlist.isRunning());
            QTRY_COMPARE_WITH_TIMEOUT(playlist.currentIndex(), 0, 5000);
        }
    }

    void stopAndStartBeginAtTheFirstItem()
    {
        AttractPlaylist playlist;
        playlist.setSecondsScale(0.001);  // the picture's 8 s become 8 ms
        playlist.setItems({video("/a.mp4"), image("/b.png"), tip("c")});
        QSignalSpy running(&playlist, &AttractPlaylist::runningChanged);
        QSignalSpy current(&playlist, &AttractPlaylist::currentChanged);
        playlist.start();
        playlist.start();  // already running: nothing happens
        QCOMPARE(running.count(), 1);
        playlist.finished();
        QCOMPARE(playlist.currentIndex(), 1);
        playlist.stop();
        QVERIFY(!playlist.isRunning());
        QCOMPARE(playlist.currentIndex(), -1);
        QCOMPARE(playlist.source(), QUrl());
        QCOMPARE(running.count(), 2);
        // The picture's timer died with the loop.
        QTest::qWait(50);
        QCOMPARE(playlist.currentIndex(), -1);
        playlist.start();
        QCOMPARE(playlist.currentIndex(), 0);
        QCOMPARE(playlist.kind(), AttractPlaylist::Video);
        QVERIFY(current.count() >= 4);
    }

    void newItemsWhileRunningStartOver()
    {
        AttractPlaylist playlist;
        playlist.setItems({video("/a.mp4"), video("/b.mp4")});
        playlist.start();
        playlist.finished();
        QCOMPARE(playlist.currentIndex(), 1);
        QSignalSpy running(&playlist, &AttractPlaylist::runningChanged);
        // A new pack arrives during the loop: it goes on with the new pack's first item, and
        // never looks stopped in between.
        playlist.setItems({tip("x"), image("/y.png")});
        QVERIFY(playlist.isRunning());
        QCOMPARE(running.count(), 0);
        QCOMPARE(playlist.currentIndex(), 0);
        QCOMPARE(playlist.tipId(), QStringLiteral("x"));
        // A pack without an attract loop ends it.
        playlist.setItems({});
        QVERIFY(!playlist.isRunning());
        QCOMPARE(running.count(), 1);
        QCOMPARE(playlist.count(), 0);
        QCOMPARE(playlist.currentIndex(), -1);
        // New items while stopped do not start it.
        playlist.setItems({video("/a.mp4")});
        QVERIFY(!playlist.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestAttractPlaylist)
#include "tst_attractplaylist.moc"
