pragma ComponentBehavior: Bound
import QtQuick

// Full-strength colour bars and a grey ramp: a failing panel, cable or colour setting shows at
// once. A tap anywhere closes them.
Rectangle {
    id: root

    signal closed()

    objectName: "colourBars"
    color: "#000000"
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Colour bars; tap to close")
    Accessible.onPressAction: root.closed()

    Row {
        id: bars
        width: parent.width
        height: parent.height * 0.7
        Repeater {
            model: ["#ffffff", "#ffff00", "#00ffff", "#00ff00", "#ff00ff", "#ff0000", "#0000ff", "#000000"]
            delegate: Rectangle {
                required property string modelData
                width: bars.width / 8
                height: bars.height
                color: modelData
            }
        }
    }
    Rectangle {
        anchors.top: bars.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: "#000000" }
            GradientStop { position: 1; color: "#ffffff" }
        }
    }
    TapHandler {
        onTapped: root.closed()
    }
}
