import QtQuick
import CivicKiosk.Models

// The kiosk window. The UI is laid out on a canvas whose short side is 1080 design pixels and
// scaled to the real screen, so a 1080x1920 kiosk and a smaller desktop window look alike.
Window {
    id: root

    required property Catalog catalog
    required property Router router
    required property IdleReset idleReset
    required property DisplayModes displayModes
    required property AdminController admin
    required property ScheduleController schedule
    required property ReadAloud readAloud
    required property AttractPlaylist attract
    required property string packProblem
    required property string setupProblems

    title: "civic-kiosk"
    color: Theme.background

    Item {
        id: canvas
        readonly property real unit: Math.min(root.width, root.height) / 1080
        width: root.width / unit
        height: root.height / unit
        scale: unit
        transformOrigin: Item.TopLeft
        LayoutMirroring.enabled: root.catalog.rightToLeft
        LayoutMirroring.childrenInherit: true

        // The shell, or the out-of-service screen until a usable pack arrives.
        Loader {
            id: content
            anchors.fill: parent

            function show(): void {
                if (root.packProblem.length > 0)
                    setSource("OutOfServicePage.qml", { reason: root.packProblem });
                else
                    setSource("KioskShell.qml", { catalog: root.catalog, router: root.router, idleReset: root.idleReset,
                                                 displayModes: root.displayModes, readAloud: root.readAloud });
            }

            Component.onCompleted: show()
        }
        Connections {
            target: root
            function onPackProblemChanged(): void {
                content.show();
            }
        }

        SetupProblemBanner {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            problems: root.setupProblems
        }

        // The attract loop's view is made when the loop first runs and then kept: a media player
        // made and dropped for every run leaked about 2 MB each time (Qt 6.4, GStreamer; measured
        // with bench/soak). Stopped, it shows nothing and its player holds no file.
        Loader {
            id: attractView
            anchors.fill: parent
            visible: root.attract.running
        }
        Connections {
            target: root.attract
            function onRunningChanged(): void {
                if (root.attract.running && attractView.status === Loader.Null)
                    attractView.setSource("AttractView.qml", { attract: root.attract, catalog: root.catalog });
            }
        }

        ClosedScreen {
            anchors.fill: parent
            visible: root.schedule.closed
            schedule: root.schedule
            catalog: root.catalog
        }

        // The technicians' way in, also on the out-of-service screen: a long press in the top
        // corner (where no visitor holds a finger for three seconds), then the PIN.
        Item {
            objectName: "adminCorner"
            anchors.top: parent.top
            anchors.right: parent.right
            width: 160
            height: 160
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Technicians: hold for three seconds")
            TapHandler {
                longPressThreshold: 3
                onLongPressed: pinPad.visible = true
            }
        }
        PinPad {
            id: pinPad
            anchors.fill: parent
            visible: false
            admin: root.admin
            onClosed: {
                pin = "";
                visible = false;
            }
        }
        // A technician who walks away leaves nothing open: the reset closes the pad and the page.
        Connections {
            target: root.idleReset
            function onReset(): void {
                pinPad.closed();
                root.admin.close();
                adminTool.source = "";
            }
        }
        AdminPage {
            anchors.fill: parent
            visible: root.admin.unlocked
            admin: root.admin
            onTouchTestRequested: adminTool.setSource("TouchTest.qml")
            onColourBarsRequested: adminTool.setSource("ColourBars.qml")
        }
        Loader {
            id: adminTool
            anchors.fill: parent
        }
        Connections {
            target: adminTool.item
            ignoreUnknownSignals: true
            function onClosed(): void {
                adminTool.source = "";
            }
        }
    }
}
