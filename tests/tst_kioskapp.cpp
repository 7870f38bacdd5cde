// The real Main.qml on the built-in pack, driven by touch as a visitor would.
#include "kiosksession.h"

#include "contentstore.h"
#include "healthmarks.h"
#include "openinghours.h"
#include "packstore.h"
#include "pinhash.h"
#include "signedpack.h"
#include "usagestats.h"
#include "testpack.h"
#include "uidriver.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStyleHints>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CivicKiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

class TestKioskApp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<UiDriver> m_driver;
    int m_idleResetMs = 600000;  // out of the way, but for the test of it
    QByteArray m_pinHash;
    int m_attractIdleMs = 0;  // no attract loop, but for the test of it
    qint64 m_adminClockMs = 0;  // the PIN lock's clock, moved on by hand
    civic::OpeningHours m_hours;  // always open, but for the test of the schedule
    QStringList m_displayOff;
    QStringList m_displayOn;
    QDateTime m_scheduleNow = QDateTime::currentDateTime();
    QString m_district;
    QString m_setupProblems;

    QQuickWindow *window() const { return m_session->window(); }
    QQuickItem *item(const QString &objectName) { return m_driver->find(objectName); }
    QString text(const QString &objectName) { return m_driver->text(objectName); }
    QStringList visibleTexts(QQuickItem *root = nullptr) { return m_driver->visibleTexts(root); }
    void swipe(qreal dx) { m_driver->swipe(dx); }

    void tap(QQuickItem *target) { QVERIFY2(m_driver->tap(target), "nothing on screen to tap"); }

    qreal sceneX(const QString &objectName)
    {
        QQuickItem *found = item(objectName);
        return found ? found->mapToScene(QPointF(0, 0)).x() : -1;
    }

    void startSession(const QString &packDir, QSize size = {1080, 1920}, const QString &dataDir = {},
                      const QString &stateDir = {})
    {
        m_driver.reset();
        m_session = std::make_unique<KioskSession>();
        KioskSession::Options options;
        options.packDir = packDir;
        options.size = size;
        options.dataDir = dataDir;
        options.stateDir = stateDir;
        options.swapIdleMs = 300;
        options.idleResetMs = m_idleResetMs;
        options.district = m_district;
        options.resetCountdownMs = 2000;
        options.kioskId = QStringLiteral("rathaus-test-1");
        options.adminPinHash = m_pinHash;
        options.adminClock = [this] { return m_adminClockMs; };
        options.openingHours = m_hours;
        options.displayOffCommand = m_displayOff;
        options.displayOnCommand = m_displayOn;
        options.scheduleClock = [this] { return m_scheduleNow; };
        options.wakeMs = 400;
        options.attractIdleMs = m_attractIdleMs;
        options.speechEngines = {QStringLiteral("none")};  // tst_readaloud covers the engines
        options.setupProblems = m_setupProblems;
        QVERIFY2(m_session->start(options) == KioskSession::Start::Ok, qPrintable(m_session->errorString()));
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        m_driver = std::make_unique<UiDriver>(window());
    }

    QString route() const { return m_session->router().route(); }

    /// Controls on screen (anything with a TapHandler, a text input, a MouseArea) that neither
    /// have an accessible role and name themselves nor belong to an element that has.
    QStringList unnamedControls()
    {
        QStringList unnamed;
        int controls = 0;
        const std::function<void(QQuickItem *)> visit = [&](QQuickItem *node) {
            // Qt Virtual Keyboard's keys are Qt's own, not ours to name.
            if (!node->isVisible() || node->objectName() == QLatin1String("keyboard"))
                return;
            const bool tappable = std::any_of(node->children().cbegin(), node->children().cend(), [](QObject *child) {
                return child->inherits("QQuickTapHandler");
            });
            if (tappable || node->inherits("QQuickTextInput") || node->inherits("QQuickMouseArea")) {
                ++controls;
                // The control itself, or the element it belongs to, says what it is and does.
                QQuickItem *named = node;
                QString name;
                for (int up = 0; named && up < 3 && name.isEmpty(); ++up, named = named->parentItem()) {
                    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(named);
                    if (accessible && accessible->role() != QAccessible::Client && accessible->role() != QAccessible::NoRole)
                        name = accessible->text(QAccessible::Name);
                }
                if (name.trimmed().isEmpty())
                    unnamed.append(QString::fromLatin1(node->metaObject()->className()) + u'/' + node->objectName());
            }
            for (QQuickItem *child : node->childItems())
                visit(child);
        };
        visit(window()->contentItem());
        if (controls <= 5)
            unnamed.append(QStringLiteral("(only %1 controls found: is the screen empty?)").arg(controls));
        return unnamed;
    }

private slots:
    void init()
    {
        // Any QML warning (a binding error, a missing file) fails the test that caused it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(qrc|file):")));
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR));
    }
    void cleanup()
    {
        m_driver.reset();
        m_session.reset();
    }

    void visitorFindsAdviceAndContacts()
    {
        QVERIFY(m_session->packProblem().isEmpty());
        QCOMPARE(text(QStringLiteral("packTitle")),
                 QStringLiteral("Stuttgarter Sicherheitspartnerschaft"));

        tap(item(QStringLiteral("section-children")));
        QTRY_COMPARE(route(), QStringLiteral("section/children"));
        QVERIFY(visibleTexts(window()->contentItem()).contains(QStringLiteral("Sicherheit für unsere Kinder")));

        QQuickItem *firstTip = nullptr;
        const auto tips = m_session->catalog().store().tips(QStringLiteral("de"), QStringLiteral("children"));
        QVERIFY(!tips.isEmpty());
        QVERIFY((firstTip = item(QStringLiteral("tip-") + tips.first().id)));
        const QString tipId = firstTip->objectName().mid(4);
        tap(firstTip);
        QTRY_COMPARE(route(), QStringLiteral("tip/") + tipId);
        QVERIFY(!text(QStringLiteral("tipTitle")).isEmpty());

        tap(item(QStringLiteral("backButton")));
        QTRY_COMPARE(route(), QStringLiteral("section/children"));

        swipe(400);  // swipe back, as on a phone
        QTRY_COMPARE(route(), QStringLiteral("home"));

        tap(item(QStringLiteral("contactsTile")));
        QTRY_COMPARE(route(), QStringLiteral("contacts"));
        const QStringList texts = visibleTexts(window()->contentItem());
        QVERIFY(texts.contains(QStringLiteral("116 016")));

        tap(item(QStringLiteral("district-bad-cannstatt")));
        QTRY_COMPARE(route(), QStringLiteral("district/bad-cannstatt"));
        QCOMPARE(text(QStringLiteral("districtTitle")), QStringLiteral("In Bad Cannstatt"));
        QVERIFY(visibleTexts(window()->contentItem()).contains(QStringLiteral("Marktplatz 10, Stuttgart")));

        tap(item(QStringLiteral("homeButton")));
        QTRY_COMPARE(route(), QStringLiteral("home"));
    }

    void arabicIsMirroredAndTranslated()
    {
        tap(item(QStringLiteral("section-children")));
        QTRY_COMPARE(route(), QStringLiteral("section/children"));
        const qreal middle = window()->width() / 2.0;
        QVERIFY(sceneX(QStringLiteral("backButton")) >= 0);
        QVERIFY(sceneX(QStringLiteral("backButton")) < middle);
        QCOMPARE(text(QStringLiteral("emergencyHeading")), QStringLiteral("Notruf"));

        tap(item(QStringLiteral("languageButton")));
        tap(item(QStringLiteral("language-ar")));
        QTRY_COMPARE(m_session->catalog().language(), QStringLiteral("ar"));
        QVERIFY(m_session->catalog().isRightToLeft());
        // Back sits at the start of the line: on the right in Arabic.
        QTRY_VERIFY(sceneX(QStringLiteral("backButton")) > middle);
        QCOMPARE(text(QStringLiteral("emergencyHeading")), QStringLiteral("الطوارئ"));
        QCOMPARE(text(QStringLiteral("backButton")), QStringLiteral("رجوع"));
        QString arabicTitle;
        for (const auto &section : m_session->catalog().store().sections(QStringLiteral("ar")))
            if (section.id == QLatin1String("children"))
                arabicTitle = section.title.text;
        QVERIFY(!arabicTitle.isEmpty());
        QTRY_VERIFY(visibleTexts(window()->contentItem()).contains(arabicTitle));

        // A swipe back goes the other way round in a right-to-left layout.
        swipe(400);
        QCOMPARE(route(), QStringLiteral("section/children"));
        swipe(-400);
        QTRY_COMPARE(route(), QStringLiteral("home"));
    }

    void emergencyStripOnEveryRoute_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QSize>("size");
        const QStringList routes{QStringLiteral("home"), QStringLiteral("section/public-transport"),
                                 QStringLiteral("tip/fake-police-calls"), QStringLiteral("projects"),
                                 QStringLiteral("project/haus-des-jugendrechts"), QStringLiteral("contacts"),
                                 QStringLiteral("district/muenster"), QStringLiteral("about"),
                                 QStringLiteral("page/privacy")};
        for (const QString &route : routes) {
            QTest::addRow("%s portrait", qPrintable(route)) << route << QSize(1080, 1920);
            QTest::addRow("%s landscape", qPrintable(route)) << route << QSize(1920, 1080);
        }
    }

    void emergencyStripOnEveryRoute()
    {
        QFETCH(QString, route);
        QFETCH(QSize, size);
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR), size);
        QVERIFY(m_session->router().go(route));
        // The page itself loaded and says what it is.
        QQuickItem *page = item(QStringLiteral("page"));
        QVERIFY(page);
        QTRY_VERIFY(page->property("item").value<QObject *>() != nullptr);
        if (route != QLatin1String("home"))
            QVERIFY(!page->property("item").value<QObject *>()->property("title").toString().isEmpty());

        QQuickItem *strip = item(QStringLiteral("emergencyStrip"));
        QVERIFY(strip);
        const QRectF onScreen = strip->mapRectToScene(QRectF(0, 0, strip->width(), strip->height()));
        QVERIFY(onScreen.top() >= 0);
        QVERIFY(onScreen.bottom() <= window()->height() + 0.5);
        QVERIFY(onScreen.height() >= 100);
        const QStringList texts = visibleTexts(strip);
        QVERIFY(texts.contains(QStringLiteral("110")));
        QVERIFY(texts.contains(QStringLiteral("112")));
        // Home and back one tap away everywhere but home.
        if (route != QLatin1String("home")) {
            QVERIFY(item(QStringLiteral("homeButton")));
            QVERIFY(item(QStringLiteral("backButton")));
        }
    }

    void languageSheetSwallowsTapsOutsideIt()
    {
        QVERIFY(m_session->router().go(QStringLiteral("section/children")));
        tap(item(QStringLiteral("languageButton")));
        QQuickItem *sheet = item(QStringLiteral("languageSheet"));
        QVERIFY(sheet);
        // Tap the dimmed page just above the emergency strip, where tip cards are.
        const QRectF onScreen = sheet->mapRectToScene(QRectF(0, 0, sheet->width(), sheet->height()));
        const QPoint outside(window()->width() / 2, static_cast<int>(window()->height() - 200));
        QVERIFY(!onScreen.contains(outside));
        QQuickItem *strip = item(QStringLiteral("emergencyStrip"));
        QVERIFY(outside.y() < strip->mapToScene(QPointF(0, 0)).y());
        m_driver->tapAt(outside);
        QTRY_VERIFY(!m_driver->find(QStringLiteral("languageSheet"), 0));
        QCOMPARE(route(), QStringLiteral("section/children"));
    }

    void swapsToANewPackOnlyWhenNobodyTouches()
    {
        QTemporaryDir store;
        QTemporaryDir state;
        QTemporaryDir work;
        const civic::minisign::SecretKey key = civic::minisign::generateKey();
        civic::PackStore packs(store.path());
        QCOMPARE(packs.open(), QString());
        TestPack first;
        QVERIFY(packs.installArchive(buildSignedArchive(first.dir(), work.filePath(QStringLiteral("v1.ckpack")), key),
                                     {key.publicKey()}).ok);

        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR), {1080, 1920}, store.path(), state.path());
        QCOMPARE(text(QStringLiteral("packTitle")), QStringLiteral("Testpaket"));
        civic::HealthMarks marks(state.path());
        QTRY_VERIFY(marks.read().healthyAt.isValid());
        QCOMPARE(marks.read().version, QStringLiteral("1.2.3"));
        QVERIFY(packs.applyHealth(marks.read(), 3).ok);
        QCOMPARE(packs.lastGoodVersion(), QStringLiteral("1.2.3"));

        // A visitor is on a page when the new pack arrives.
        QVERIFY(m_session->router().go(QStringLiteral("contacts")));
        TestPack second;
        QJsonObject meta = second.readObject(QStringLiteral("pack.json"));
        meta.insert(QStringLiteral("version"), QStringLiteral("1.3.0"));
        meta.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Neues Testpaket")},
                                                         {QStringLiteral("en"), QStringLiteral("New test pack")}});
        second.writeObject(QStringLiteral("pack.json"), meta);
        QVERIFY(packs.installArchive(buildSignedArchive(second.dir(), work.filePath(QStringLiteral("v2.ckpack")), key),
                                     {key.publicKey()}).ok);
        // Never under a finger: while touches keep coming, the old pack stays.
        for (int i = 0; i < 12; ++i) {
            m_driver->tapAt(QPoint(900, 250));  // the page's heading: touched, nothing happens
            QTest::qWait(60);
        }
        QCOMPARE(route(), QStringLiteral("contacts"));
        QCOMPARE(m_session->catalog().title(), QStringLiteral("Testpaket"));
        // Then, once nobody touches it, the new pack and its home screen.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->catalog().title(), QStringLiteral("Neues Testpaket"), 5000);
        QCOMPARE(route(), QStringLiteral("home"));
        QTRY_COMPARE(text(QStringLiteral("packTitle")), QStringLiteral("Neues Testpaket"));
        QTRY_VERIFY(marks.read().version == QStringLiteral("1.3.0") && marks.read().healthyAt.isValid());
    }

    void theNextVisitorFindsTheKioskAsNew()
    {
        m_idleResetMs = 500;
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR));
        m_idleResetMs = 600000;
        tap(item(QStringLiteral("searchButton")));
        QTRY_VERIFY(m_driver->find(QStringLiteral("keyboard"), 0));
        for (const char key : {'k', 'i', 'n', 'd'})
            QTest::keyClick(window(), key);
        QTRY_COMPARE(route(), QStringLiteral("search/kind"));
        tap(item(QStringLiteral("languageButton")));
        tap(item(QStringLiteral("language-uk")));
        QTRY_COMPARE(m_session->catalog().language(), QStringLiteral("uk"));
        tap(item(QStringLiteral("languageButton")));  // the visitor leaves the language sheet open
        QVERIFY(item(QStringLiteral("languageSheet")));
        // "Still there?" in the visitor's language, then home in German with nothing left open.
        QTRY_VERIFY_WITH_TIMEOUT(m_driver->find(QStringLiteral("idleQuestion"), 0) != nullptr, 3000);
        QCOMPARE(text(QStringLiteral("idleQuestion")), QStringLiteral("Ви ще тут?"));
        // Heard as well as seen: the chime is made with the question (Loader.Ready).
        QCOMPARE(item(QStringLiteral("idleChime"))->property("status").toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(route(), QStringLiteral("home"), 5000);
        QCOMPARE(m_session->catalog().language(), QStringLiteral("de"));
        QVERIFY(!m_driver->find(QStringLiteral("languageSheet"), 0));
        QVERIFY(!m_driver->find(QStringLiteral("idleOverlay"), 0));
        QTRY_VERIFY(!m_driver->find(QStringLiteral("keyboard"), 0));
        QVERIFY(!m_session->router().canGoBack());  // the search is not on the way back either
        QCOMPARE(text(QStringLiteral("packTitle")), QStringLiteral("Stuttgarter Sicherheitspartnerschaft"));
    }

    void theResetForgetsEveryChoiceOfTheVisitor()
    {
        // Driven with the reset's own fake clock: no waiting for its timers.
        QTemporaryDir data;
        QTemporaryDir state;
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR), {1080, 1920}, data.path(), state.path());
        IdleReset *reset = m_session->idleReset();
        // A visitor scrolls the contacts, turns on large text and high contrast, switches to
        // Ukrainian, searches with the keyboard open, and leaves the accessibility sheet open.
        tap(item(QStringLiteral("contactsTile")));
        QTRY_COMPARE(route(), QStringLiteral("contacts"));
        auto *contacts = qobject_cast<QQuickItem *>(item(QStringLiteral("page"))->property("item").value<QObject *>());
        QVERIFY(contacts);
        contacts->setProperty("contentY", 900);
        m_session->displayModes()->setLargeText(true);
        m_session->displayModes()->setHighContrast(true);
        tap(item(QStringLiteral("languageButton")));
        tap(item(QStringLiteral("language-uk")));
        tap(item(QStringLiteral("navSearchButton")));
        QTRY_VERIFY(m_driver->find(QStringLiteral("keyboard"), 0));
        for (const char key : {'k', 'i', 'n'})
            QTest::keyClick(window(), key);
        QTRY_COMPARE(route(), QStringLiteral("search/kin"));
        tap(item(QStringLiteral("accessibilityButton")));
        QVERIFY(item(QStringLiteral("accessibilitySheet")));

        reset->idleNow();
        QVERIFY(item(QStringLiteral("idleQuestion")));
        reset->countdownEndsNow();

        QCOMPARE(route(), QStringLiteral("home"));
        QVERIFY(!m_session->router().canGoBack());
        QCOMPARE(m_session->catalog().language(), QStringLiteral("de"));
        QVERIFY(m_session->displayModes()->isDefault());
        QTRY_VERIFY(!m_driver->find(QStringLiteral("keyboard"), 0));
        QVERIFY(!m_driver->find(QStringLiteral("accessibilitySheet"), 0));
        QVERIFY(!m_driver->find(QStringLiteral("idleOverlay"), 0));
        QVERIFY(reset->isPristine());
        // The next visitor's search and contacts start empty and at the top.
        QTest::qWait(500);  // a visitor's hand is slower than the keyboard sliding away
        tap(item(QStringLiteral("searchButton")));
        QTRY_COMPARE(route(), QStringLiteral("search"));
        QCOMPARE(item(QStringLiteral("searchField"))->property("text").toString(), QString());
        m_session->router().go(QStringLiteral("contacts"));
        QTRY_COMPARE(route(), QStringLiteral("contacts"));
        contacts = qobject_cast<QQuickItem *>(item(QStringLiteral("page"))->property("item").value<QObject *>());
        QCOMPARE(contacts->property("contentY").toReal(), 0.0);
        // Nothing the visitor typed reached the disk: the state dir holds counts only.
        m_session.reset();
        for (const QFileInfo &file : QDir(state.path()).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("kin"), qPrintable(file.fileName()));
        }
    }

    void homeShowsTheKiosksDistrictFirst()
    {
        QVERIFY(!m_driver->find(QStringLiteral("homeDistrict"), 0));  // no district configured
        m_district = QStringLiteral("bad-cannstatt");
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR));
        m_district.clear();
        QQuickItem *district = item(QStringLiteral("homeDistrict"));
        QVERIFY(district);
        const QStringList texts = visibleTexts(district);
        QVERIFY2(texts.contains(QStringLiteral("In Bad Cannstatt")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Marktplatz 10, Stuttgart")));
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.startsWith(QStringLiteral("Haus des Jugendrechts")); }));
        // It comes before the action fields.
        QVERIFY(district->mapToScene(QPointF(0, 0)).y() < item(QStringLiteral("section-children"))->mapToScene(QPointF(0, 0)).y());
        tap(item(QStringLiteral("homeDistrictButton")));
        QTRY_COMPARE(route(), QStringLiteral("district/bad-cannstatt"));
    }

    void stillHereKeepsThePage()
    {
        m_idleResetMs = 500;
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR));
        m_idleResetMs = 600000;
        tap(item(QStringLiteral("contactsTile")));
        QTRY_COMPARE(route(), QStringLiteral("contacts"));
        QTRY_VERIFY_WITH_TIMEOUT(m_driver->find(QStringLiteral("stillHereButton"), 0) != nullptr, 3000);
        tap(item(QStringLiteral("stillHereButton")));
        QTRY_VERIFY(!m_driver->find(QStringLiteral("idleOverlay"), 0));
        QCOMPARE(route(), QStringLiteral("contacts"));
    }

    void visitorSearchesWithTheOnScreenKeyboard()
    {
        // Made with the search page, not at start: it costs every start time and memory.
        QVERIFY(!window()->contentItem()->findChild<QQuickItem *>(QStringLiteral("keyboard")));
        tap(item(QStringLiteral("searchButton")));
        QTRY_COMPARE(route(), QStringLiteral("search"));
        QQuickItem *keyboard = item(QStringLiteral("keyboard"));
        QVERIFY(keyboard);
        // The keyboard sits above the emergency numbers, never over them.
        QTRY_COMPARE(keyboard->mapToScene(QPointF(0, keyboard->height())).y(),
                     item(QStringLiteral("emergencyStrip"))->mapToScene(QPointF(0, 0)).y());
        for (const char key : {'e', 'i', 'n', 'b', 'r'})
            QTest::keyClick(window(), key);
        QTRY_COMPARE(route(), QStringLiteral("search/einbr"));
        QQuickItem *first = item(QStringLiteral("searchResults"));
        QVERIFY(first);
        const QStringList texts = visibleTexts(item(QStringLiteral("page")));
        QVERIFY2(texts.contains(QStringLiteral("Tipps")), qPrintable(texts.join(u'|')));
        QQuickItem *result = item(QStringLiteral("result-tip/burglary-lock-twice"));
        QVERIFY(result);
        tap(result);
        QTRY_COMPARE(route(), QStringLiteral("tip/burglary-lock-twice"));
        // Back from a result finds the search as it was left.
        tap(item(QStringLiteral("backButton")));
        QTRY_COMPARE(route(), QStringLiteral("search/einbr"));
        QTRY_VERIFY(item(QStringLiteral("result-tip/burglary-lock-twice")));
        // Nothing typed outlives the visitor.
        m_session->router().home();
        QTRY_VERIFY(!keyboard->isVisible());
        // The keyboard takes touches while it slides away; a visitor's hand is slower than that.
        QTest::qWait(500);
        tap(item(QStringLiteral("searchButton")));
        QTRY_COMPARE(route(), QStringLiteral("search"));
        QCOMPARE(item(QStringLiteral("searchField"))->property("text").toString(), QString());
    }

    void visitorTakesAContactAway()
    {
        tap(item(QStringLiteral("contactsTile")));
        QTRY_COMPARE(route(), QStringLiteral("contacts"));
        tap(item(QStringLiteral("takeAway-weisser-ring")));
        QTRY_COMPARE(route(), QStringLiteral("contact/weisser-ring"));
        QQuickItem *code = item(QStringLiteral("qrCode"));
        QVERIFY(code);
        QVERIFY(code->property("valid").toBool());
        const QString card = code->property("text").toString();
        QVERIFY2(card.contains(QStringLiteral("TEL;TYPE=VOICE:116 006")), qPrintable(card));
        QVERIFY(!m_driver->find(QStringLiteral("takeAway-weisser-ring"), 0));  // no button to itself
    }

    void everyControlHasAnAccessibleName_data()
    {
        QTest::addColumn<QString>("route");
        for (const char *route : {"home", "section/children", "tip/burglary-lock-twice", "projects",
                                  "project/haus-des-jugendrechts", "contacts", "district/muenster", "about",
                                  "page/privacy", "search/polizei", "contact/weisser-ring"})
            QTest::newRow(route) << QString::fromLatin1(route);
    }

    void everyControlHasAnAccessibleName()
    {
        QFETCH(QString, route);
        m_session->router().go(route);
        QTRY_COMPARE(this->route(), route);
        // The sheets count too: open them over the page.
        tap(item(QStringLiteral("accessibilityButton")));
        QVERIFY(item(QStringLiteral("accessibilitySheet")));
        QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }

    void technicianOpensTheAdminPageWithThePin()
    {
        QTemporaryDir data;
        QTemporaryDir state;
        m_pinHash = civic::hashPin(QStringLiteral("2468"), nullptr);
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR), {1080, 1920}, data.path(), state.path());
        m_pinHash.clear();
        const auto enter = [this](const QString &pin) {
            for (const QChar digit : pin)
                tap(item(QStringLiteral("pinKey") + digit));
            tap(item(QStringLiteral("pinOk")));
        };
        // A short touch in the corner is a visitor's touch: nothing opens.
        m_driver->tapAt(QPoint(1000, 60));
        QVERIFY(!m_driver->find(QStringLiteral("pinPad"), 300));
        QVERIFY(m_driver->longPress(item(QStringLiteral("adminCorner")), 3300));
        QVERIFY(item(QStringLiteral("pinPad")));
        for (int wrong = 0; wrong < 4; ++wrong)
            enter(QStringLiteral("1111"));
        QVERIFY(text(QStringLiteral("pinMessage")).contains(QStringLiteral("1")));
        enter(QStringLiteral("1111"));
        QVERIFY(m_session->admin()->isPadLocked());
        QVERIFY(text(QStringLiteral("pinMessage")).contains(QStringLiteral("5")));  // minutes left
        // Locked: even the right PIN is refused, and the keys do nothing.
        QCOMPARE(m_session->admin()->enterPin(QStringLiteral("2468")), QStringLiteral("locked"));
        m_adminClockMs += 5 * 60 * 1000;
        QTRY_VERIFY(item(QStringLiteral("pinKey2"))->isEnabled());  // the pad notices by itself
        enter(QStringLiteral("2468"));
        QTRY_VERIFY(m_driver->find(QStringLiteral("adminPage"), 0));
        QVERIFY(!m_driver->find(QStringLiteral("pinPad"), 0));
        const QStringList shown = visibleTexts(item(QStringLiteral("adminPage")));
        QVERIFY2(shown.contains(QStringLiteral("rathaus-test-1")), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("never")) || shown.contains(QStringLiteral("nie")));
        tap(item(QStringLiteral("adminUpdate")));
        QVERIFY(QFile::exists(state.filePath(QStringLiteral("requests/update.request"))));
        tap(item(QStringLiteral("adminClose")));
        QTRY_VERIFY(!m_driver->find(QStringLiteral("adminPage"), 0));
        // Left open and walked away from: the reset closes page and pad, typed digits and all.
        QVERIFY(m_driver->longPress(item(QStringLiteral("adminCorner")), 3300));
        enter(QStringLiteral("2468"));
        QVERIFY(item(QStringLiteral("adminPage")));
        m_session->idleReset()->idleNow();  // untouched at home: set back without asking
        QTRY_VERIFY(!m_driver->find(QStringLiteral("adminPage"), 0));
        QVERIFY(m_driver->longPress(item(QStringLiteral("adminCorner")), 3300));
        tap(item(QStringLiteral("pinKey1")));
        m_session->idleReset()->idleNow();
        QTRY_VERIFY(!m_driver->find(QStringLiteral("pinPad"), 0));
        QVERIFY(m_driver->longPress(item(QStringLiteral("adminCorner")), 3300));
        QCOMPARE(text(QStringLiteral("pinDots")), QStringLiteral("○○○○"));
    }

    void anUrgentNoticeTakesOverHome()
    {
        TestPack pack;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        pack.writeText(QStringLiteral("notices.json"), QStringLiteral(R"({"items": [
  {"id": "fake-police", "level": "urgent", "validFrom": "%1", "validUntil": "%2",
   "title": {"de": "Falsche Polizisten", "en": "Fake police"}, "text": {"de": "Legen Sie auf.", "en": "Hang up."},
   "contacts": ["police"]},
  {"id": "later", "level": "warning", "validFrom": "%2", "title": {"de": "Später", "en": "Later"},
   "text": {"de": "Noch nicht.", "en": "Not yet."}}]})")
                                                       .arg(now.addDays(-1).toString(Qt::ISODate), now.addDays(2).toString(Qt::ISODate))
                                                       .toUtf8());
        startSession(pack.dir());
        QVERIFY(item(QStringLiteral("notice-fake-police")));
        QVERIFY(!m_driver->find(QStringLiteral("notice-later"), 0));  // not yet valid
        QVERIFY(visibleTexts(item(QStringLiteral("notice-fake-police"))).contains(QStringLiteral("110")));
        // The rest of home waits until asked for; the accessibility button does not.
        QVERIFY(!m_driver->find(QStringLiteral("section-homes"), 0));
        QVERIFY(item(QStringLiteral("accessibilityButton")));
        tap(item(QStringLiteral("showAllTopics")));
        QVERIFY(item(QStringLiteral("section-homes")));
        QVERIFY(!m_driver->find(QStringLiteral("showAllTopics"), 0));
    }

    void closedOutsideTheOpeningHours()
    {
        // Open 08:00 to 18:00 every day; it is 22:00. The display commands are real programs.
        QTemporaryDir marks;
        const QTimeZone zone("Europe/Berlin");
        std::array<civic::OpeningHours::Day, 7> weekly;
        weekly.fill({{8 * 60, 18 * 60}});
        m_hours = civic::OpeningHours(zone, weekly, {});
        m_displayOff = {QStringLiteral("/usr/bin/touch"), marks.filePath(QStringLiteral("off"))};
        m_displayOn = {QStringLiteral("/usr/bin/touch"), marks.filePath(QStringLiteral("on"))};
        m_scheduleNow = QDateTime(QDate(2026, 11, 26), QTime(22, 0), zone);
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR));
        m_hours = {};
        QVERIFY(item(QStringLiteral("closedScreen")));
        QTRY_VERIFY(QFile::exists(marks.filePath(QStringLiteral("off"))));
        QVERIFY(!QFile::exists(marks.filePath(QStringLiteral("on"))));
        QVERIFY(visibleTexts(item(QStringLiteral("closedScreen"))).join(u' ').contains(QStringLiteral("110")));

        // A touch wakes it; that touch opens nothing underneath.
        m_driver->tapAt(QPoint(540, 1000));
        QTRY_VERIFY(!m_driver->find(QStringLiteral("closedScreen"), 0));
        QTRY_VERIFY(QFile::exists(marks.filePath(QStringLiteral("on"))));
        QCOMPARE(route(), QStringLiteral("home"));

        // Awake for a while only: then closed and dark again.
        QTRY_VERIFY(m_driver->find(QStringLiteral("closedScreen"), 0));
        QCOMPARE(m_session->schedule()->commandLog(), (QStringList{QStringLiteral("off"), QStringLiteral("on"), QStringLiteral("off")}));

        // Next morning at eight it opens by itself, and stays open.
        m_scheduleNow = QDateTime(QDate(2026, 11, 27), QTime(8, 0), zone);
        m_session->schedule()->update();
        QVERIFY(!m_session->schedule()->isClosed());
        QTest::qWait(600);
        QVERIFY(!m_driver->find(QStringLiteral("closedScreen"), 0));
        QCOMPARE(m_session->schedule()->commandLog().constLast(), QStringLiteral("on"));
        m_displayOff.clear();
        m_displayOn.clear();
    }

    void attractLoopRunsAndTheWakingTouchOpensNothing()
    {
        QTemporaryDir data;
        QTemporaryDir state;
        m_attractIdleMs = 300;
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR), {1080, 1920}, data.path(), state.path());
        m_attractIdleMs = 0;
        QVERIFY(m_session->attract().count() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_driver->find(QStringLiteral("attractView"), 0), 3000);
        QCOMPARE(m_session->attract().kind(), AttractPlaylist::Video);  // the pack's own clip first
        // A touch where a section tile lies beneath: the loop ends, home shows, nothing opens.
        QQuickItem *tile = item(QStringLiteral("section-children"));
        QVERIFY(tile);
        m_driver->tapAt(tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint());
        QTRY_VERIFY(!m_driver->find(QStringLiteral("attractView"), 0));
        QVERIFY(!m_session->attract().isRunning());
        QTest::qWait(100);
        QCOMPARE(route(), QStringLiteral("home"));
        // Counted, without anything else about the visitor.
        m_session.reset();
        civic::UsageStats usage;
        QVERIFY(usage.open(state.path(), civic::UsageStats::Mode::ReadOnly));
        const QList<civic::UsageStats::Row> rows = usage.since(QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const civic::UsageStats::Row &row) {
            return row.event == civic::UsageStats::Event::AttractInterrupted && row.count == 1;
        }));
    }

    void signLanguageVideoWhereThePackHasOne()
    {
        TestPack pack;
        pack.copyFile(QStringLiteral(CIVIC_TEST_DATA_DIR "/media/clip-h264.mp4"), QStringLiteral("media/sign.mp4"));
        QJsonObject tip = pack.readObject(QStringLiteral("tips/lock-door.json"));
        tip.insert(QStringLiteral("signLanguageVideo"), QStringLiteral("media/sign.mp4"));
        pack.writeObject(QStringLiteral("tips/lock-door.json"), tip);
        startSession(pack.dir());
        m_session->router().go(QStringLiteral("tip/street-lights"));
        QTRY_COMPARE(route(), QStringLiteral("tip/street-lights"));
        QVERIFY(!m_driver->find(QStringLiteral("signLanguageButton"), 300));
        m_session->router().go(QStringLiteral("tip/lock-door"));
        QTRY_COMPARE(route(), QStringLiteral("tip/lock-door"));
        tap(item(QStringLiteral("signLanguageButton")));
        QVERIFY(item(QStringLiteral("signLanguageVideo")));
        // It closes by itself at the end of the clip.
        QTRY_VERIFY_WITH_TIMEOUT(!m_driver->find(QStringLiteral("signLanguageVideo"), 0), 10000);
        QCOMPARE(route(), QStringLiteral("tip/lock-door"));
    }

    void technicianScreensHaveAccessibleNames()
    {
        m_pinHash = civic::hashPin(QStringLiteral("2468"), nullptr);
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR));
        m_pinHash.clear();
        QVERIFY(m_driver->longPress(item(QStringLiteral("adminCorner")), 3300));
        QVERIFY(item(QStringLiteral("pinPad")));
        QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        m_session->admin()->openForScreenshot();
        QVERIFY(item(QStringLiteral("adminPage")));
        unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }

    void setupProblemsShowUntilPutAway()
    {
        m_setupProblems = QStringLiteral("/boot/firmware/kiosk.toml:9: screen.rotation: 45 is not 0, 90, 180 or 270");
        startSession(QStringLiteral(CIVIC_DEFAULT_PACK_DIR));
        m_setupProblems.clear();
        QVERIFY(text(QStringLiteral("setupProblems")).contains(QStringLiteral("kiosk.toml:9: screen.rotation")));
        QVERIFY(item(QStringLiteral("emergencyStrip")));  // visitors still reach help
        const QStringList unnamed = unnamedControls();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        tap(item(QStringLiteral("setupProblemsHide")));
        QTRY_VERIFY(!m_driver->find(QStringLiteral("setupProblems"), 0));
    }

    void unusablePackShowsOutOfService()
    {
        QTemporaryDir empty;
        startSession(empty.path());
        QVERIFY(!m_session->packProblem().isEmpty());
        QVERIFY(item(QStringLiteral("outOfService")));
        QVERIFY(text(QStringLiteral("technicianLine")).contains(QStringLiteral("no pack here")));
        QVERIFY(!m_driver->find(QStringLiteral("emergencyStrip"), 0));
    }
};

int main(int argc, char *argv[])
{
    KioskSession::useOnScreenKeyboard();
    QGuiApplication app(argc, argv);
    // A tap is a press and a release at once, but under the sanitizers a frame drawn in between
    // can take longer than the 800 ms after which Qt counts a press as held, not tapped.
    QGuiApplication::styleHints()->setMousePressAndHoldInterval(10000);
    TestKioskApp test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kioskapp.moc"
