pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// The technicians' PIN pad: digits shown as dots, five wrong PINs lock it for five minutes.
Rectangle {
    id: root

    required property AdminController admin
    signal closed()

    property string pin
    property string message

    objectName: "pinPad"
    color: Theme.scrim

    function press(key: string): void {
        if (root.pin.length < 12)
            root.pin += key;
    }
    function submit(): void {
        const result = root.admin.enterPin(root.pin);
        root.pin = "";
        if (result === "accepted") {
            root.message = "";
            root.closed();
        } else if (result === "wrong") {
            root.message = qsTr("Wrong PIN. %1 more tries before the pad locks.").arg(root.admin.attemptsLeft);
        }
    }

    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Close")
        onClicked: root.closed()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 720)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Technician PIN")

        MouseArea {
            anchors.fill: parent
        }

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Heading {
                level: 2
                text: qsTr("Technician PIN")
            }
            Text {
                objectName: "pinDots"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: "●".repeat(root.pin.length) + "○".repeat(Math.max(0, 4 - root.pin.length))
                color: Theme.text
                font.pixelSize: Theme.fontTitle
            }
            Text {
                objectName: "pinMessage"
                width: parent.width
                visible: text.length > 0
                text: !root.admin.hasPin ? qsTr("No PIN is set in kiosk.conf: the admin page is off.")
                      : root.admin.padLocked ? qsTr("Locked after five wrong PINs. Try again in %1 min.").arg(root.admin.lockMinutesLeft)
                      : root.message
                color: Theme.warningText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            Grid {
                id: keys
                width: parent.width
                columns: 3
                spacing: Theme.spacing
                // A keypad reads 1-2-3 from the left in every language, as on a phone.
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true
                readonly property real keyWidth: (width - 2 * spacing) / 3
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                    delegate: TouchButton {
                        required property string modelData
                        objectName: "pinKey" + modelData
                        width: keys.keyWidth
                        text: modelData
                        fontSize: Theme.fontTitle
                        enabled: root.admin.hasPin && !root.admin.padLocked
                        onClicked: root.press(modelData)
                    }
                }
                TouchButton {
                    objectName: "pinDelete"
                    width: keys.keyWidth
                    text: qsTr("Delete")
                    baseColor: Theme.surfaceMuted
                    textColor: Theme.text
                    onClicked: root.pin = root.pin.slice(0, -1)
                }
                TouchButton {
                    objectName: "pinKey0"
                    width: keys.keyWidth
                    text: "0"
                    fontSize: Theme.fontTitle
                    enabled: root.admin.hasPin && !root.admin.padLocked
                    onClicked: root.press("0")
                }
                TouchButton {
                    objectName: "pinOk"
                    width: keys.keyWidth
                    text: qsTr("OK")
                    baseColor: Theme.accent
                    enabled: root.pin.length >= 4
                    onClicked: root.submit()
                }
            }
            TouchButton {
                width: parent.width
                text: qsTr("Cancel")
                baseColor: Theme.surfaceMuted
                textColor: Theme.text
                onClicked: {
                    root.pin = "";
                    root.closed();
                }
            }
        }
    }
}
