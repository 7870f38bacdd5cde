import QtQuick
import CivicKiosk.Models

// Back, home and the language, one tap away on every screen but home.
Rectangle {
    id: root

    required property Catalog catalog
    required property Router router
    property string title
    signal languageRequested()

    implicitHeight: Theme.headerHeight
    color: Theme.primary

    Row {
        id: buttons
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing

        TouchButton {
            objectName: "backButton"
            iconSource: "icons/back.svg"
            text: qsTr("Back")
            baseColor: Qt.lighter(Theme.primary, 1.35)
            onClicked: root.router.back()
        }
        TouchButton {
            objectName: "homeButton"
            iconSource: "icons/home.svg"
            text: qsTr("Home")
            baseColor: Qt.lighter(Theme.primary, 1.35)
            onClicked: root.router.home()
        }
    }

    Text {
        anchors.left: buttons.right
        anchors.right: search.left
        anchors.margins: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        // Pages show their own heading; the bar repeats it only where it fits.
        visible: width >= 240
        text: root.title
        color: Theme.textOnPrimary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignLeft
    }

    TouchButton {
        id: search
        objectName: "navSearchButton"
        anchors.right: language.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        visible: root.router.page !== "search"
        width: visible ? implicitWidth : 0
        iconSource: "icons/search.svg"
        baseColor: Qt.lighter(Theme.primary, 1.35)
        Accessible.name: qsTr("Search")
        onClicked: root.router.go("search")
    }

    TouchButton {
        id: language
        objectName: "languageButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: root.catalog.languageName(root.catalog.language)
        iconSource: "icons/language.svg"
        baseColor: Theme.highlight
        textColor: Theme.text
        Accessible.name: qsTr("Language: %1").arg(text)
        onClicked: root.languageRequested()
    }
}
