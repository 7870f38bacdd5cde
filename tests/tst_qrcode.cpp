// Take-away codes: what we render is what a phone reads (checked with zbarimg, a real decoder),
// and the vCards follow RFC 2426.
#include "contentstore.h"
#include "qrcode.h"
#include "vcard.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQrCode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // What a phone's camera would read from the code painted at `pixels` x `pixels`.
    QByteArray decode(const civic::QrCode &code, int pixels)
    {
        QImage image(pixels, pixels, QImage::Format_RGB32);
        image.fill(Qt::gray);  // the page around the code is not white
        QPainter painter(&image);
        code.paint(painter, QRectF(0, 0, pixels, pixels));
        painter.end();
        const QString file = m_dir.filePath(u"code.png"_s);
        if (!image.save(file))
            return "<cannot save>";
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, u"-Sbinary"_s, file});
        if (!zbar.waitForFinished(20000) || zbar.exitCode() != 0)
            return "<not decoded: " + zbar.readAllStandardError() + '>';
        return zbar.readAllStandardOutput();
    }

    static civic::ContactRow contact()
    {
        civic::ContactRow c;
        c.id = u"district-muenster"_s;
        c.name.text = u"Bezirksrathaus Münster; Bürgerbüro, Süd"_s;
        c.phone = u"0711 216-0"_s;
        c.email = u"poststelle@example.org"_s;
        c.address = u"Schussengasse 10, 70376 Stuttgart"_s;
        c.url = u"https://example.org/münster"_s;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty(),
                 "zbarimg (Debian package zbar-tools) is needed to read the codes back");
    }

    void webAddressRoundTrips_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::newRow("kiosk size") << 360;
        QTest::newRow("odd size") << 173;
        QTest::newRow("large") << 1000;
    }

    void webAddressRoundTrips()
    {
        QFETCH(int, pixels);
        const QByteArray url = "https://www.example.org/praevention/tipps/einbruch?lang=de";
        const civic::QrCode code = civic::QrCode::encode(url);
        QVERIFY(!code.isNull());
        QCOMPARE(decode(code, pixels), url);
    }

    void vCardRoundTripsWithUmlauts()
    {
        const QByteArray card = civic::contactVCard(contact());
        const civic::QrCode code = civic::QrCode::encode(card);
        QVERIFY(!code.isNull());
        QCOMPARE(decode(code, 480), card);
    }

    void modulesAreWholePixels()
    {
        // Sharp at any size: every module edge on a pixel boundary, pure black or white.
        const civic::QrCode code = civic::QrCode::encode("https://example.org");
        QImage image(301, 301, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QPainter painter(&image);
        code.paint(painter, QRectF(0, 0, 301, 301));
        painter.end();
        const int unit = 301 / (code.size() + 8);
        const int origin = (301 - unit * (code.size() + 8) + 1) / 2;
        for (int y = 0; y < code.size(); ++y) {
            for (int x = 0; x < code.size(); ++x) {
                const QRgb expected = code.isDark(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
                const int px = origin + (x + 4) * unit;
                const int py = origin + (y + 4) * unit;
                QCOMPARE(image.pixel(px, py), expected);
                QCOMPARE(image.pixel(px + unit - 1, py + unit - 1), expected);
            }
        }
    }

    void tooMuchForACodeIsNull()
    {
        QVERIFY(civic::QrCode::encode(QByteArray(4000, 'x')).isNull());
        QVERIFY(civic::QrCode::encode(QByteArray()).isNull());
    }

    void vCardEscapesAndFolds()
    {
        const QByteArray card = civic::contactVCard(contact());
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        QVERIFY(card.endsWith("END:VCARD\r\n"));
        // Unfolded, the name keeps its comma and semicolon, escaped.
        const QByteArray unfolded = QByteArray(card).replace("\r\n ", "");
        QVERIFY2(unfolded.contains(u"FN:Bezirksrathaus Münster\\; Bürgerbüro\\, Süd\r\n"_s.toUtf8()), card.constData());
        QVERIFY(unfolded.contains("TEL;TYPE=VOICE:0711 216-0\r\n"));
        QVERIFY(unfolded.contains("ADR;TYPE=WORK:;;Schussengasse 10\\, 70376 Stuttgart;;;;\r\n"));
        for (const QByteArray &line : card.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());  // 75 octets + the CR
            QVERIFY2(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter), "a fold split a character");
        }
        // A contact without e-mail or address has no empty fields.
        civic::ContactRow bare;
        bare.name.text = u"Polizei"_s;
        bare.phone = u"110"_s;
        const QByteArray short_ = civic::contactVCard(bare);
        QVERIFY(!short_.contains("EMAIL"));
        QVERIFY(!short_.contains("ADR"));
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
