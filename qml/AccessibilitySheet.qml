import QtQuick
import CivicKiosk.Models

// The ways to make the kiosk easier to use, over any page; closed by "Done" or by tapping outside.
Rectangle {
    id: root

    required property Catalog catalog
    required property DisplayModes displayModes
    required property ReadAloud readAloud
    signal closed()
    signal readAloudRequested()

    color: Theme.scrim

    // A MouseArea takes the touch for itself: nothing under the dimmed page may react to it.
    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Close")
        Accessible.onPressAction: root.closed()
        onClicked: root.closed()
    }

    Rectangle {
        objectName: "accessibilitySheet"
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Make it easier to use")
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * Theme.margin
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.divider
        border.width: Theme.borderWidth

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
                text: qsTr("Make it easier to use")
            }
            ModeToggle {
                objectName: "largeTextToggle"
                width: parent.width
                label: qsTr("Large text")
                checked: root.displayModes.largeText
                onToggled: root.displayModes.largeText = !root.displayModes.largeText
            }
            ModeToggle {
                objectName: "highContrastToggle"
                width: parent.width
                label: qsTr("High contrast")
                checked: root.displayModes.highContrast
                onToggled: root.displayModes.highContrast = !root.displayModes.highContrast
            }
            ModeToggle {
                objectName: "lowReachToggle"
                width: parent.width
                label: qsTr("Everything within reach from a wheelchair")
                checked: root.displayModes.lowReach
                onToggled: root.displayModes.lowReach = !root.displayModes.lowReach
            }
            TouchButton {
                objectName: "readAloudButton"
                width: parent.width
                // Only where the device has a voice for the visitor's language.
                visible: root.readAloud.languages.length > 0 && root.readAloud.hasVoiceFor(root.catalog.language)
                text: root.readAloud.speaking ? qsTr("Stop reading aloud") : qsTr("Read this page aloud")
                baseColor: Theme.surface
                textColor: Theme.text
                border.color: Theme.primary
                border.width: 3
                onClicked: {
                    if (root.readAloud.speaking)
                        root.readAloud.stop();
                    else
                        root.readAloudRequested();
                }
            }
            TouchButton {
                objectName: "easyLanguageButton"
                width: parent.width
                visible: root.catalog.hasLanguage("de-x-ls") && root.catalog.language !== "de-x-ls"
                text: root.catalog.languageName("de-x-ls")
                baseColor: Theme.surface
                textColor: Theme.text
                border.color: Theme.primary
                border.width: 3
                Accessible.description: qsTr("Easy-to-read German")
                onClicked: {
                    root.catalog.language = "de-x-ls";
                    root.closed();
                }
            }
            TouchButton {
                objectName: "accessibilityDone"
                width: parent.width
                text: qsTr("Done")
                onClicked: root.closed()
            }
        }
    }
}
