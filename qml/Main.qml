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
    required property string packProblem

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
                                                 displayModes: root.displayModes });
            }

            Component.onCompleted: show()
        }
        Connections {
            target: root
            function onPackProblemChanged(): void {
                content.show();
            }
        }
    }
}
