import QtQuick
import CivicKiosk.Models

// The kiosk window. The UI is laid out on a canvas whose short side is 1080 design pixels and
// scaled to the real screen, so a 1080x1920 kiosk and a smaller desktop window look alike.
Window {
    id: root

    required property Catalog catalog
    required property Router router
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

        Loader {
            anchors.fill: parent
            sourceComponent: root.packProblem.length > 0 ? outOfService : shell
        }
    }

    Component {
        id: shell
        KioskShell {
            catalog: root.catalog
            router: root.router
        }
    }
    Component {
        id: outOfService
        OutOfServicePage {
            reason: root.packProblem
        }
    }
}
