pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// Every language of the pack by its own name: flags are countries, not languages.
TileGrid {
    id: root

    required property Catalog catalog
    signal chosen()

    landscapeColumns: Theme.largeText ? 3 : 6
    portraitColumns: Theme.largeText ? 2 : 3

    Repeater {
        model: root.catalog.languages

        delegate: TouchButton {
            id: button
            required property var modelData
            objectName: "language-" + button.modelData.tag
            width: root.cellWidth
            text: button.modelData.name
            fontSize: Theme.fontSmall
            baseColor: root.catalog.language === button.modelData.tag ? Theme.primary : Theme.surface
            textColor: root.catalog.language === button.modelData.tag ? Theme.textOnPrimary : Theme.text
            border.color: Theme.primary
            border.width: 3
            Accessible.checkable: true
            Accessible.checked: root.catalog.language === button.modelData.tag
            onClicked: {
                root.catalog.language = button.modelData.tag;
                root.chosen();
            }
        }
    }
}
