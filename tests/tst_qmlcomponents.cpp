#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CivicKiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

// The module is compiled into this binary; its QML lives in the resources.
class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(components, Setup)
#include "tst_qmlcomponents.moc"
